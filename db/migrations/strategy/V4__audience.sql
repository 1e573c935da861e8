-- Audiences: the tags strategy has learnt from the snapshots it received (strategy may not read profile's tag
-- definitions), and a change marker on each stored snapshot so that the in-memory audience snapshot can re-read
-- only what changed.

create table audience_tag (
    tag_code    text primary key,
    -- NUMBER while every value seen was a number; one text value makes the tag TEXT for good.
    value_type  text        not null check (value_type in ('NUMBER', 'TEXT')),
    first_seen  timestamptz not null,
    last_seen   timestamptz not null
);

insert into audience_tag (tag_code, value_type, first_seen, last_seen)
select t.key,
       case when bool_and(jsonb_typeof(t.value) = 'number') then 'NUMBER' else 'TEXT' end,
       min(c.computed_at), max(c.computed_at)
from customer_tags c, jsonb_each(c.tags) t
where jsonb_typeof(t.value) <> 'null'
group by t.key;

-- The transaction that last wrote the row. A reader that noted the oldest transaction still running when it last
-- read (pg_snapshot_xmin) re-reads exactly the rows written since, committed in any order.
alter table customer_tags add column stored_xid xid8 not null default pg_current_xact_id();
create index customer_tags_stored_xid on customer_tags (stored_xid);

create function customer_tags_stored_xid() returns trigger language plpgsql as $$
begin
    new.stored_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger customer_tags_stored_xid before update on customer_tags
    for each row execute function customer_tags_stored_xid();
