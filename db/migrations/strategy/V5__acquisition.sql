-- Acquisition: connection applications as leads, and customers outgrowing their contracted capacity.

-- Applications as ingestion published them (no personal data): resolved to a customer, or a prospect.
create table acquisition_application (
    application_no text primary key,
    customer_id    text,
    link_method    text          not null,
    kind           text          not null,
    status         text          not null,
    region_code    text,
    industry       text,          -- GB/T 4754 section letter, as the industry tag has it
    industry_code  text,
    requested_kva  numeric(10, 1) not null,
    applied_on     date          not null
);
create index acquisition_application_area on acquisition_application (region_code, industry);

-- What the capacity rule needs of the archive: contracted capacity, area and whether the account is live.
create table acquisition_customer (
    customer_id   text primary key,
    contracted_kva double precision,
    region_code   text,
    industry      text,
    status        text not null default 'ACTIVE'
);

-- Each customer's highest demand per calendar month, and which days of the month it was seen on (bit d-1 for day d).
-- Households below 50 kVA are not kept: capacity expansion concerns supply contracts with a transformer.
create table acquisition_monthly_demand (
    customer_id   text             not null,
    month         date             not null,
    max_demand_kw double precision not null,
    day_mask      integer          not null,
    primary key (customer_id, month)
);

-- Customers whose monthly maximum demand stayed above 80 % of capacity for three months or more, as of their latest
-- month: recomputed whenever their demand or capacity changes.
create table acquisition_expansion_lead (
    customer_id    text primary key,
    months_above   int              not null,
    last_month     date             not null,
    max_demand_kw  double precision not null,
    contracted_kva double precision not null,
    suggested_kva  double precision not null,
    region_code    text,
    industry       text
);
create index acquisition_expansion_lead_area on acquisition_expansion_lead (region_code, industry);

-- Usage facts the acquisition listener has handled, for the demo and operators to see it caught up.
create table acquisition_usage_seen (
    id    int primary key default 1 check (id = 1),
    facts bigint not null
);
insert into acquisition_usage_seen (facts) values (0);
