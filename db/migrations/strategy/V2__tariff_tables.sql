-- Tariffs as data: band calendars (hour ranges per set of months, or a published half-hour schedule), tariff
-- versions by valid-from date with their band prices and annual tiers. Filled by the Java migration V3 from the CSV
-- files in strategy-service's resources (strategy/tariffs/README.md names the sources). The seed table `tariff` of V1 stays
-- for the campaign offers that read it.

create table band_calendar (
    calendar  text primary key,
    zone      text not null,
    source    text not null
);

-- Local hours [from_hour, to_hour) of the months listed belong to the band.
create table band_calendar_hours (
    calendar  text     not null references band_calendar (calendar),
    months    smallint[] not null,
    band      text     not null check (band in ('SHARP', 'PEAK', 'FLAT', 'VALLEY')),
    from_hour smallint not null check (from_hour between 0 and 23),
    to_hour   smallint not null check (to_hour between 1 and 24 and to_hour > from_hour)
);
create index band_calendar_hours_calendar on band_calendar_hours (calendar);

-- A published schedule: the band of each slot starting at slot_start (a day-ahead signal such as London's 2013 one).
create table band_schedule (
    calendar     text        not null references band_calendar (calendar),
    slot_start   timestamptz not null,
    slot_minutes smallint    not null,
    band         text        not null check (band in ('SHARP', 'PEAK', 'FLAT', 'VALLEY')),
    primary key (calendar, slot_start)
);

-- One version of a tariff: prices valid from a date until the next version's. No calendar means one flat price.
create table tariff_version (
    tariff_code     text    not null,
    valid_from      date    not null,
    name            text    not null,
    category        text    not null,
    voltage         text,
    currency        char(3) not null,
    zone            text    not null,
    calendar        text references band_calendar (calendar),
    flat_price      numeric(12, 6),
    demand_charge   numeric(10, 4),
    capacity_charge numeric(10, 4),
    pf_standard     numeric(3, 2),
    source          text    not null,
    primary key (tariff_code, valid_from),
    check (flat_price is not null or calendar is not null)
);

create table tariff_band_price (
    tariff_code text not null,
    valid_from  date not null,
    band        text not null check (band in ('SHARP', 'PEAK', 'FLAT', 'VALLEY')),
    price       numeric(12, 6) not null,
    primary key (tariff_code, valid_from, band),
    foreign key (tariff_code, valid_from) references tariff_version (tariff_code, valid_from)
);

-- Annual tiers in kWh per year (pro rata by month for part years); the step is added to the energy price.
create table tariff_tier (
    tariff_code text not null,
    valid_from  date not null,
    tier        smallint not null,
    from_kwh    numeric(12, 3) not null,
    to_kwh      numeric(12, 3),
    surcharge   numeric(12, 6) not null,
    primary key (tariff_code, valid_from, tier),
    foreign key (tariff_code, valid_from) references tariff_version (tariff_code, valid_from)
);

-- A customer's usage per local month from ingestion's daily facts, one array element per day of the month
-- (index = day of month; NULL = no fact for that day). A day's fact may arrive again with new values (a late upload
-- merges into the stored day): it replaces that day's elements.
create table customer_usage_month (
    customer_id       text   not null,
    month             date   not null,
    band_calendar     text,
    kwh               float8[] not null,
    sharp_kwh         float8[] not null,
    peak_kwh          float8[] not null,
    flat_kwh          float8[] not null,
    valley_kwh        float8[] not null,
    max_demand_kw     float8[] not null,
    reactive_kvarh    float8[] not null,
    reactive_base_kwh float8[] not null,
    updated_at        timestamptz not null default now(),
    primary key (customer_id, month)
);

-- The stored days of a month with the days present in the new array replaced: `present` says which days the new
-- facts carry (their kWh is not null), so a day's band or reactive value that the new fact lacks becomes NULL too.
create function merge_days(stored float8[], fresh float8[], present float8[]) returns float8[]
    language sql immutable as $$
    select array_agg(case when p is not null then f else s end order by i)
    from unnest(stored, fresh, present) with ordinality as t(s, f, p, i)
$$;
