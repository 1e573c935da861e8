-- The first day a campaign's effect is measured from, when the marketer set one before the launch day.
alter table campaign add column starts_on date;
