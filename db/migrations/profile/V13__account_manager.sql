-- The staff no. of the customer's named account manager (ingestion's CustomerLinked.accountManager), published as the
-- account_manager tag: strategy plans manager visits per that tag.
alter table customer add column account_manager text;

insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('account_manager', '客户经理', 'Account manager', 'BASIC', 'Staff no. of the account manager the archive names (C&I customers)', null, 'current', 1);
