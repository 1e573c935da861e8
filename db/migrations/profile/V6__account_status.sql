-- Whether a customer can be marketed to: closed accounts and customers merged into another are not.
alter table customer add column merged_into text;

insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('account_status', '账户状态', 'Account status', 'BASIC', 'ACTIVE, CLOSED, or MERGED into another customer; campaigns target active accounts only', null, 'current', 1);
