-- Dispatches and consents are JPA aggregates now: optimistic locking guards their lifecycle steps.
alter table dispatch add column version bigint not null default 0;
alter table consent add column version bigint not null default 0;
