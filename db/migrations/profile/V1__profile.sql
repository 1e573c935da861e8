-- Profile owns tag definitions and values, its copy of the customer facts it needs, and segment memberships.

-- The trimmed copy of ingestion's customer events that tags need.
create table customer (
    customer_id    text primary key,
    category       text,
    region_code    text,
    voltage_level  text,
    contracted_kva double precision,
    industry_code  text,
    tariff_code    text,
    has_phone      boolean not null default false,
    updated_at     timestamptz not null default now()
);

-- Daily usage facts as published by ingestion: the input of consumption and value tags.
create table usage_day (
    customer_id     text             not null,
    day             date             not null,
    kwh             double precision not null,
    hourly_kwh      real[]           not null,
    sharp_kwh       double precision not null,
    peak_kwh        double precision not null,
    flat_kwh        double precision not null,
    valley_kwh      double precision not null,
    max_demand_kw   double precision not null,
    missing_share   double precision not null,
    primary key (customer_id, day)
);

-- Customers whose tags must be recomputed because a fact about them arrived.
create table dirty_customer (
    customer_id text primary key,
    marked_at   timestamptz not null default now()
);

create table tag_definition (
    code        text primary key,
    name_zh     text not null,
    name_en     text not null,
    family      text not null,
    description text not null,
    unit        text,
    window_desc text not null,
    version     int  not null
);

create table tag_value (
    customer_id  text        not null,
    tag_code     text        not null references tag_definition (code),
    value_num    double precision,
    value_text   text,
    window_start date,
    window_end   date,
    computed_at  timestamptz not null,
    primary key (customer_id, tag_code)
);

create table customer_segment (
    customer_id  text primary key,
    segment_code text        not null,
    reason       text        not null,
    assigned_at  timestamptz not null
);
create index customer_segment_code on customer_segment (segment_code);

insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('category',          '用电类别',   'Electricity category', 'BASIC', 'Residential, general C&I, large industrial or agricultural, from the archive', null, 'current', 1),
 ('region_code',       '区域',       'Region',               'BASIC', 'Administrative region code of the supply address', null, 'current', 1),
 ('voltage_level',     '电压等级',   'Voltage level',        'BASIC', 'Supply voltage', null, 'current', 1),
 ('tariff_code',       '电价',       'Tariff',               'BASIC', 'Tariff the customer is billed on', null, 'current', 1),
 ('capacity_class',    '容量等级',   'Capacity class',       'BASIC', 'Contracted capacity band: <50, 50-315, 315-1000, >=1000 kVA', null, 'current', 1),
 ('annual_kwh',        '年用电量',   'Annual consumption',   'CONSUMPTION', 'kWh per day over the window, times 365', 'kWh', 'last 365 days', 1),
 ('peak_share',        '峰段占比',   'Peak share',           'CONSUMPTION', 'Share of kWh in the sharp and peak bands of the customer''s tariff', 'ratio', 'last 365 days', 1),
 ('sharp_share',       '尖峰占比',   'Sharp-peak share',     'CONSUMPTION', 'Share of kWh in the sharp band', 'ratio', 'last 365 days', 1),
 ('valley_share',      '谷段占比',   'Valley share',         'CONSUMPTION', 'Share of kWh in the valley band', 'ratio', 'last 365 days', 1),
 ('peak_valley_ratio', '峰谷比',     'Peak/valley ratio',    'CONSUMPTION', 'kWh in sharp and peak bands over kWh in the valley band', 'ratio', 'last 365 days', 1),
 ('load_factor',       '负荷率',     'Load factor',          'CONSUMPTION', 'Mean load over maximum demand', 'ratio', 'last 365 days', 1),
 ('max_demand_kw',     '最大需量',   'Maximum demand',       'CONSUMPTION', 'Highest interval kWh scaled to an hour', 'kW', 'last 365 days', 1),
 ('daily_kwh_cv',      '用电波动性', 'Volatility',           'CONSUMPTION', 'Coefficient of variation of daily kWh', 'ratio', 'last 365 days', 1);
