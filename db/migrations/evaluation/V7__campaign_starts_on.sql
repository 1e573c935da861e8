-- The first day strategy says a campaign's effect is measured from, when set before its launch day; the kWh shift
-- and the account outcomes count from it instead of the launch day.
alter table campaign add column starts_on date;
