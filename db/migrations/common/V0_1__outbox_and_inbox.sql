-- Shared by every service (db/migrations/common, shipped in the common jar), run before the service's own V1.
-- "if not exists": a schema created before these tables moved here already has them (decision 30).

-- Events written with the state change they describe; the relay deletes them once Kafka has them.
create table if not exists outbox_event (
    id          bigserial primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    event_key   text        not null,
    event_type  text        not null,
    envelope    text        not null,
    created_at  timestamptz not null default now()
);

-- The inbox: event ids each consumer has handled, so a redelivered event changes nothing.
create table if not exists processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
