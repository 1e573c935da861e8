-- Customers who took an offer (a CONVERTED outcome in reach on a treatment target of the offer): the pool that
-- value-added targets are shown their nearest neighbours from.
create table offer_taker (
    offer_code   text        not null,
    customer_id  text        not null,
    campaign_id  uuid        not null,
    converted_at timestamptz not null,
    primary key (offer_code, customer_id)
);
create index offer_taker_recent on offer_taker (offer_code, converted_at desc);
