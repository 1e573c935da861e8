-- Two golden customers found to be one person: the merged one points at the survivor, which takes its identifiers.
-- The facts stay where they were stored; an undo gives the identifiers back.
alter table customer add column merged_into text references customer (customer_id);

create table customer_merge (
    id              bigserial primary key,
    survivor_id     text        not null references customer (customer_id),
    merged_id       text        not null references customer (customer_id),
    aliases         text[]      not null,
    previous_status text        not null,
    reason          text        not null,
    decided_by      text        not null,
    merged_at       timestamptz not null default now(),
    undone_by       text,
    undone_at       timestamptz,
    undo_reason     text
);
create index customer_merge_survivor on customer_merge (survivor_id);
create index customer_merge_merged on customer_merge (merged_id);
