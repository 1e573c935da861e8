-- Probabilistic links waiting for a person: a source record, the customer it may be, and why.
create table identity_review (
    id                    bigserial primary key,
    record_id             text        not null,
    source                text        not null,
    record                jsonb       not null,
    candidate_customer_id text        not null,
    probability           double precision not null,
    explanation           jsonb       not null,
    status                text        not null default 'OPEN',
    decided_by            text,
    decided_at            timestamptz,
    created_at            timestamptz not null default now(),
    unique (source, record_id, candidate_customer_id)
);
