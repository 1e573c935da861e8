-- How each app event's user was linked to its customer: MATCHED_BEFORE (a link made earlier, kept as the alias
-- SOURCE:APP), ACCOUNT (bound in the app), PHONE, PROBABILISTIC, REVIEWED, or NONE.
alter table app_event add column link_method text not null default 'NONE';
update app_event set link_method = 'PHONE' where customer_id is not null;
