-- A campaign may offer different customers different offers: evaluation breaks results down by offer, and
-- strategy learns from the counts per offer, segment and channel.
alter table assignment add column offer_code text;
update assignment a set offer_code = c.offer_code from campaign c where c.campaign_id = a.campaign_id;
