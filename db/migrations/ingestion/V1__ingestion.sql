-- Ingestion owns raw batches, quarantine, golden customer ids and their aliases, interval data and daily facts.

create table ingest_batch (
    id              uuid primary key,
    source          text        not null,
    file_name       text,
    checksum        text        not null,
    charset         text        not null,
    profile         text,
    header          text,
    replay_of       uuid,
    status          text        not null,
    bytes_total     bigint      not null default 0,
    bytes_read      bigint      not null default 0,
    received        bigint      not null default 0,
    accepted        bigint      not null default 0,
    quarantined     bigint      not null default 0,
    duplicates      bigint      not null default 0,
    conflicts       bigint      not null default 0,
    estimated       bigint      not null default 0,
    spikes          bigint      not null default 0,
    facts_published bigint      not null default 0,
    duplicate_of    uuid,
    error           text,
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    version         bigint      not null default 0
);
create index ingest_batch_checksum on ingest_batch (source, checksum);

create table quarantine_row (
    id          bigserial primary key,
    batch_id    uuid        not null references ingest_batch (id),
    line_no     bigint      not null,
    raw_line    text,
    replayed_in uuid,
    reason_code text        not null,
    message     text        not null,
    created_at  timestamptz not null default now()
);
create index quarantine_row_batch on quarantine_row (batch_id, line_no);

create table customer (
    customer_id    text primary key,
    customer_no    text        not null unique,
    cons_no        text,
    name           text,
    phone          text,
    address        text,
    region_code    text,
    category       text        not null,
    voltage_level  text,
    contracted_kva numeric(12, 2),
    industry_code  text,
    tariff_code    text        not null,
    flags          text[]      not null default '{}',
    fingerprint    text        not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

-- Every identifier a source system uses for a customer, pointing at the golden id.
create table customer_alias (
    alias_type  text not null,
    alias_value text not null,
    customer_id text not null references customer (customer_id),
    primary key (alias_type, alias_value)
);
create index customer_alias_customer on customer_alias (customer_id);

-- One row per meter and local day; kwh holds one value per interval, null where nothing valid arrived.
create table interval_day (
    meter_no         text     not null,
    day              date     not null,
    customer_id      text     not null,
    interval_minutes smallint not null,
    kwh              real[]   not null,
    spikes           smallint[] not null default '{}', -- slots flagged as spikes (kept)
    batch_id         uuid     not null,
    updated_at       timestamptz not null default now(),
    primary key (meter_no, day)
) partition by range (day);

-- The cleaned daily fact per customer and day, as published.
create table daily_usage (
    customer_id      text             not null,
    day              date             not null,
    meter_no         text             not null,
    interval_minutes smallint         not null,
    kwh              double precision not null,
    hourly_kwh       real[]           not null,
    sharp_kwh        double precision not null,
    peak_kwh         double precision not null,
    flat_kwh         double precision not null,
    valley_kwh       double precision not null,
    max_demand_kw    double precision not null,
    missing_share    double precision not null,
    estimated_share  double precision not null,
    updated_at       timestamptz      not null default now(),
    primary key (customer_id, day)
);

-- Data quality of each batch on five dimensions, judged against the thresholds in force when it was measured.
create table quality_measure (
    batch_id      uuid             not null references ingest_batch (id),
    source        text             not null,
    dimension     text             not null,
    value         double precision not null,
    status        text             not null,
    warn          double precision not null,
    fail          double precision not null,
    numerator     bigint           not null,
    denominator   bigint           not null,
    failing_lines jsonb            not null,
    measured_at   timestamptz      not null default now(),
    primary key (batch_id, dimension)
);
create index quality_measure_source on quality_measure (source, measured_at desc);
