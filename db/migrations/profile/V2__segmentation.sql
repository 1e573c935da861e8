-- The nightly segmentation: features per customer, runs, the segments they found and who is in which.

-- ShedLock: a scheduled job runs on one replica at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Consumption-behaviour features of each customer (typical normalised day and scalar features), kept current by the
-- tag refresher so the nightly job reads one row per customer.
create table customer_feature (
    customer_id text primary key,
    grp         text             not null,
    features    bytea            not null, -- LoadFeatures.NAMES order, 8-byte IEEE doubles (FeatureVector)
    has_phone   boolean          not null default false,
    updated_at  timestamptz      not null default now()
);

create table segmentation_run (
    id            uuid primary key,
    trigger       text        not null,
    status        text        not null,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    customers     bigint      not null default 0,
    assigned      bigint      not null default 0,
    changed       bigint      not null default 0,
    model_version text,
    detail        jsonb,
    error         text
);

create table segment (
    run_id          uuid             not null references segmentation_run (id),
    code            text             not null,
    name            text             not null,
    grp             text             not null,
    cluster         int              not null,
    size            bigint           not null,
    share           double precision not null,
    description     text             not null,
    centroid_shape  double precision[] not null,
    reachable_share double precision not null,
    evaluable       boolean          not null,
    min_size        bigint           not null,
    stability       double precision,
    primary key (run_id, code)
);

-- The model of each run and group: feature names, standardisation and centroids, to explain members on demand.
create table segmentation_model (
    run_id  uuid  not null references segmentation_run (id),
    grp     text  not null,
    model   jsonb not null,
    primary key (run_id, grp)
);

-- Who is in which segment, per run (written by COPY; runs older than the previous one are purged). A customer's
-- segment is its membership in the latest successful run, or the first rule's (customer_segment) before any run.
create table segment_membership (
    run_id       uuid not null references segmentation_run (id),
    customer_id  text not null,
    segment_code text not null,
    primary key (run_id, customer_id)
);
