-- Daily frozen register readings (日冻结示数): the cumulative kWh of a meter's total and time-of-use registers at
-- 00:00 of the freeze date. A day's consumption is the next freeze minus this one, times the multiplier.
create table register_reading (
    meter_no    text           not null,
    freeze_date date           not null,
    customer_id text           not null,
    total       numeric(16, 3) not null,
    sharp       numeric(16, 3),
    peak        numeric(16, 3),
    flat        numeric(16, 3),
    valley      numeric(16, 3),
    multiplier  numeric(10, 2) not null default 1,
    batch_id    uuid           not null,
    updated_at  timestamptz    not null default now(),
    primary key (meter_no, freeze_date)
);

-- Days known only from registers have no hourly profile and no maximum demand; their bands only where the meter
-- has time-of-use registers. interval_minutes is 1440 for them.
alter table daily_usage alter column hourly_kwh drop not null;
alter table daily_usage alter column sharp_kwh drop not null;
alter table daily_usage alter column peak_kwh drop not null;
alter table daily_usage alter column flat_kwh drop not null;
alter table daily_usage alter column valley_kwh drop not null;
alter table daily_usage alter column max_demand_kw drop not null;
