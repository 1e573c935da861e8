-- Reactive energy of the days whose meters report it, and the power factor tag it gives.
alter table usage_day add column reactive_kvarh double precision;
alter table usage_day add column reactive_base_kwh double precision;

insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('power_factor', '功率因数', 'Power factor', 'CONSUMPTION',
  'Active over apparent energy, kWh / √(kWh² + kvarh²), over the intervals whose meter reports reactive energy; '
  || 'below 0.9 a large customer pays the power-factor adjustment', null, 'last 365 days', 1);
