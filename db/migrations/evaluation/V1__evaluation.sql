-- Evaluation owns its copies of campaigns, assignments, exposures and outcomes, and the results it computes.

create table campaign (
    campaign_id   uuid primary key,
    name          text,
    offer_code    text,
    control_share double precision not null,
    launched_at   timestamptz
);

create table assignment (
    campaign_id uuid not null,
    customer_id text not null,
    arm         text not null,
    channel     text,
    segment     text,
    primary key (campaign_id, customer_id)
);

create table exposure (
    campaign_id uuid        not null,
    customer_id text        not null,
    channel     text        not null,
    sent_at     timestamptz not null,
    primary key (campaign_id, customer_id)
);

create table outcome (
    campaign_id uuid        not null,
    customer_id text        not null,
    outcome     text        not null,
    occurred_at timestamptz not null,
    primary key (campaign_id, customer_id, outcome)
);

-- Campaigns whose data changed since their result was last computed.
create table stale_campaign (
    campaign_id uuid primary key,
    marked_at   timestamptz not null default now()
);

create table campaign_result (
    campaign_id  uuid primary key,
    result       jsonb       not null,
    computed_at  timestamptz not null
);
