-- When a duplicate customer is merged into a survivor, its history (usage days, bills, tickets, app activity)
-- moves to the survivor, so the survivor's tags and models see all of it; from_customer names the customer a row
-- came from, so undoing the merge moves exactly those rows back. Where both had a row for the same day or month the
-- survivor's own is kept and the duplicate's stays where it was. A fact that arrives later for the same key is the
-- survivor's own (the upserts clear from_customer).
alter table usage_day add column from_customer text;
alter table bill add column from_customer text;
alter table ticket add column from_customer text;
alter table activity_day add column from_customer text;
