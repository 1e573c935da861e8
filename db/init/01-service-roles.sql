-- Run once by the PostgreSQL container on an empty data volume: one role and one schema per service, so no
-- service can read another's tables. The embedded platform does the same in ServiceDatabases.
-- Passwords here are for the compose demo; give real ones through your secret store.
revoke create on schema public from public;
create role ingestion login password 'ingestion';
create role profile login password 'profile';
create role strategy login password 'strategy';
create role reach login password 'reach';
create role evaluation login password 'evaluation';
create schema ingestion authorization ingestion;
create schema profile authorization profile;
create schema strategy authorization strategy;
create schema reach authorization reach;
create schema evaluation authorization evaluation;
alter role ingestion in database gridloop set search_path = ingestion;
alter role profile in database gridloop set search_path = profile;
alter role strategy in database gridloop set search_path = strategy;
alter role reach in database gridloop set search_path = reach;
alter role evaluation in database gridloop set search_path = evaluation;
