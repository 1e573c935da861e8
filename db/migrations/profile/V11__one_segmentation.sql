-- One segment system: a customer's segment is its membership in the latest successful segmentation run, and no
-- segment before a run has placed it (decision 13). The rule-based customer_segment goes; what else it recorded,
-- that a customer's tag snapshot was published, stays in a narrow table of its own for the profile's counts.
create table customer_snapshot (
    customer_id  text primary key,
    published_at timestamptz not null
);
insert into customer_snapshot (customer_id, published_at) select customer_id, assigned_at from customer_segment;

drop table customer_segment;
