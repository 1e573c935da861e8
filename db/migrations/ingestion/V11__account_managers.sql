-- Account managers. The archive names a C&I customer's manager (staff no.); a residential customer's manager is the
-- grid manager (台区经理) of their transformer area, named by the managers file's transformer_areas column. Ingestion
-- stores both and publishes them; who serves a residential customer is resolved by the consumer from the customer's
-- transformer area (CustomerUpdated) and the managers' areas (ManagerRecorded), so neither upload order matters.
alter table customer add column account_manager text;

create table account_manager (
    staff_no          text primary key,
    name              text    not null,
    team              text    not null,
    region_code       text,
    weekly_capacity   int     not null,
    transformer_areas text[]  not null default '{}',
    batch_id          uuid    not null,
    updated_at        timestamptz not null default now()
);
