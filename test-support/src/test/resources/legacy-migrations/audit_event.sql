-- The audit trail: who read or changed which customers' personal data (reads, CSV exports, consent changes, merges,
-- outcome corrections, erasure), and when. Read by administrators at GET /api/v1/audit.
create table audit_event (
    id             bigserial   primary key,
    at             timestamptz not null default now(),
    actor          text        not null,
    action         text        not null,
    customer_count int         not null,
    customer_ids   text[]      not null,
    detail         text
);
create index audit_event_customers on audit_event using gin (customer_ids);
