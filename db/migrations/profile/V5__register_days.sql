-- Usage days known only from daily register readings: no hourly profile, no maximum demand, bands only where the
-- meter has time-of-use registers. Load-shape features skip them; band shares count only days with bands.
alter table usage_day alter column hourly_kwh drop not null;
alter table usage_day alter column sharp_kwh drop not null;
alter table usage_day alter column peak_kwh drop not null;
alter table usage_day alter column flat_kwh drop not null;
alter table usage_day alter column valley_kwh drop not null;
alter table usage_day alter column max_demand_kw drop not null;
