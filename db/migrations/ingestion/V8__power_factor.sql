-- Reactive energy where the meter reports it (a kvarh column beside kWh): the day's reactive energy over the
-- intervals that measured both, their active energy, and the power factor kWh / √(kWh² + kvarh²).
alter table daily_usage add column reactive_kvarh double precision;
alter table daily_usage add column reactive_base_kwh double precision;
alter table daily_usage add column power_factor double precision;
