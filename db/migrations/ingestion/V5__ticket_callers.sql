-- The caller's name and address as the 95598 agent wrote them, for probabilistic linking of tickets that name no
-- account and come from an unknown phone.
alter table ticket add column caller_name text;
alter table ticket add column caller_address text;
