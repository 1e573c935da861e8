insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('yoy_growth', '同比增长', 'Year-on-year growth', 'VALUE',
  'Billed kWh of the customer''s last 12 bill months over the 12 before, minus 1; only with 24 complete bill months',
  'ratio', 'last 24 bill months', 1);
