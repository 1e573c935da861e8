-- Reach owns its copy of targets, consent, dispatches, the sandbox channel's sent messages and recorded outcomes.

create table target (
    campaign_id  uuid        not null,
    customer_id  text        not null,
    arm          text        not null,
    offer_code   text        not null,
    channel      text        not null,
    reason       text        not null,
    benefit_text text        not null,
    priority     int         not null,
    received_at  timestamptz not null default now(),
    primary key (campaign_id, customer_id)
);

-- A customer's opt-out per channel; no row means consent as given at contract signature.
create table consent (
    customer_id text        not null,
    channel     text        not null,
    granted     boolean     not null,
    updated_at  timestamptz not null default now(),
    primary key (customer_id, channel)
);

-- One contact attempt (or the decision not to contact) per treatment target.
create table dispatch (
    id           uuid primary key,
    campaign_id  uuid        not null,
    customer_id  text        not null,
    channel      text        not null,
    status       text        not null,
    detail       text,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz,
    unique (campaign_id, customer_id)
);
create index dispatch_queued on dispatch (created_at) where status = 'QUEUED';

-- What the sandbox channel would have sent: nothing leaves the machine.
create table sandbox_message (
    dispatch_id uuid primary key references dispatch (id),
    customer_id text        not null,
    channel     text        not null,
    body        text        not null,
    sent_at     timestamptz not null default now()
);

create table outcome (
    id          uuid primary key,
    campaign_id uuid        not null,
    customer_id text        not null,
    outcome     text        not null,
    source      text        not null,
    recorded_by text,
    occurred_at timestamptz not null,
    unique (campaign_id, customer_id, outcome)
);
