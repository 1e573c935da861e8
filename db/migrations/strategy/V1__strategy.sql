-- Strategy owns tariffs, offers, campaigns, target lists with their holdout assignment, and campaign results.

-- The latest tag snapshot of each customer, as profile published it.
create table customer_tags (
    customer_id    text primary key,
    tags           jsonb       not null,
    segment        text,
    segment_reason text,
    computed_at    timestamptz not null
);

-- Tariff prices in yuan per kWh: a flat price, and the band prices of its time-of-use option.
create table tariff (
    tariff_code  text primary key,
    name         text not null,
    flat_price   numeric(10, 6) not null,
    tou_code     text,
    sharp_price  numeric(10, 6),
    peak_price   numeric(10, 6),
    flat_band_price numeric(10, 6),
    valley_price numeric(10, 6),
    source       text not null
);

create table campaign (
    id            uuid primary key,
    name          text        not null,
    scenario      text        not null,
    offer_code    text        not null,
    channel       text        not null,
    audience      text        not null,
    control_share double precision not null,
    peak_shift    double precision not null,
    status        text        not null,
    targets       int         not null default 0,
    treatment     int         not null default 0,
    control       int         not null default 0,
    excluded      int         not null default 0,
    created_by    text,
    created_at    timestamptz not null,
    launched_at   timestamptz
);

create table target (
    campaign_id   uuid        not null references campaign (id),
    customer_id   text        not null,
    arm           text        not null,
    offer_code    text        not null,
    channel       text        not null,
    reason        text        not null,
    benefit_yuan  double precision not null,
    priority      int         not null,
    segment       text,
    primary key (campaign_id, customer_id)
);
create index target_campaign_priority on target (campaign_id, priority);

-- Campaign results as evaluation published them: what worked feeds the next campaign.
create table campaign_result (
    campaign_id  uuid primary key,
    result       jsonb       not null,
    evaluated_at timestamptz not null
);

insert into tariff (tariff_code, name, flat_price, tou_code, sharp_price, peak_price, flat_band_price, valley_price, source) values
 ('HB-RES',        'Hubei residential tier 1',                      0.558000, 'HB-RES-TOU', 0.780000, 0.680000, 0.580000, 0.430000, '鄂发改价管〔2023〕320号 (time-of-use option: residential EV home charger)'),
 ('HB-CI-SP-LV',   'Hubei C&I single-part below 1 kV',              0.735686, 'HB-CI-SP-LV', 1.133999, 0.930961, 0.735686, 0.516924, 'Hubei agency purchase table 2026-01'),
 ('HB-CI-SP-10KV', 'Hubei C&I single-part 1-10(20) kV',             0.715686, 'HB-CI-SP-10KV', 1.113999, 0.910961, 0.715686, 0.496924, 'Hubei agency purchase table 2026-01'),
 ('HB-CI-TP-10KV', 'Hubei large industrial two-part 1-10(20) kV',   0.651886, 'HB-CI-TP-10KV', 1.049999, 0.848961, 0.651886, 0.432924, 'Hubei agency purchase table 2026-01'),
 ('HB-CI-TP-35KV', 'Hubei large industrial two-part 35 kV',         0.632086, 'HB-CI-TP-35KV', 1.030199, 0.827161, 0.632086, 0.413124, 'Hubei agency purchase table 2026-01'),
 ('HB-AGR',        'Agricultural (priced as C&I below 1 kV: no agricultural table in the reference data)', 0.735686, 'HB-CI-SP-LV', 1.133999, 0.930961, 0.735686, 0.516924, 'Hubei agency purchase table 2026-01');
