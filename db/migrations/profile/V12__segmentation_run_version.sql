-- Segmentation runs are a JPA aggregate now: optimistic locking guards their lifecycle steps.
alter table segmentation_run add column version bigint not null default 0;
