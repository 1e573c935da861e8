-- Identity reviews and customer merges are decided by people, possibly two at once: a version per row lets the
-- second decision on the same state be refused instead of overwriting the first.
alter table identity_review add column version bigint not null default 0;
alter table customer_merge add column version bigint not null default 0;
