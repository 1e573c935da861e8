-- The industry a C&I customer works in, as the section of its GB/T 4754 code (ingestion standardises the code).
insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('industry', '行业门类', 'Industry', 'BASIC', 'Section (A-T) of the GB/T 4754-2017 industry code in the archive', null, 'current', 1);
