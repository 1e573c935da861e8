-- Channels as HTTP gateways: a dispatch is claimed (SENDING), sent outside any transaction with its id as the
-- idempotency key, then recorded; receipts move it on. States: QUEUED, SENDING, SENT, DELIVERED, READ, CLICKED,
-- RESPONDED, FAILED, SUPPRESSED. MANAGER_VISIT dispatches stay QUEUED for the manager-task pipeline.
alter table dispatch
    add column attempts        int         not null default 0,
    add column claimed_at      timestamptz,
    add column not_before      timestamptz,
    add column failure_reason  text,
    add column gateway_id      text,
    add column delivered_at    timestamptz,
    add column read_at         timestamptz,
    add column clicked_at      timestamptz,
    add column responded_at    timestamptz,
    add column reply           text,
    add column transactional   boolean     not null default false,
    add column deferrals       int         not null default 0,
    add column deferred_reason text;

drop index dispatch_queued;
create index dispatch_queued on dispatch (created_at) where status = 'QUEUED';
create index dispatch_sending on dispatch (claimed_at) where status = 'SENDING';
-- Frequency caps count a customer's recent contacts.
create index dispatch_customer_sent on dispatch (customer_id, sent_at) where sent_at is not null;

-- The target fields the templates and the send time use.
alter table target
    add column benefit_quantity double precision,
    add column benefit_unit     text,
    add column scheduled_week   date,
    add column active_hour      int,
    add column masked_name      text;

-- Every consent change, kept: who changed it, through what, when.
create table consent_change (
    id          bigserial primary key,
    customer_id text        not null,
    channel     text        not null,
    granted     boolean     not null,
    source      text        not null,
    actor       text        not null,
    changed_at  timestamptz not null
);
create index consent_change_customer on consent_change (customer_id, changed_at);

-- Messages the contact policy suppressed or deferred, by reason; a message deferred twice counts twice.
create table policy_count (
    outcome text   not null,
    reason  text   not null,
    n       bigint not null default 0,
    primary key (outcome, reason)
);

-- The customers' active hour, from profile's tag snapshots (the only tag reach keeps).
create table customer_active_hour (
    customer_id text        primary key,
    active_hour int,
    computed_at timestamptz not null
);
