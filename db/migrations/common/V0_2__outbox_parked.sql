-- Outbox rows the broker refused for good (too large, not serializable, a bad topic): the relay moves them
-- here with the reason and publishes the rows behind them. Read them, fix the cause, and re-insert or drop.
create table if not exists outbox_parked (
    id          bigint      primary key,
    event_id    uuid        not null,
    topic       text        not null,
    event_key   text        not null,
    event_type  text        not null,
    envelope    text        not null,
    created_at  timestamptz not null,
    parked_at   timestamptz not null default now(),
    reason      text        not null
);
