-- The other sources of a county power company: bills and payments, 95598 tickets, app activity, outages, weather,
-- and archive updates (transformer area, account status).

alter table customer add column transformer_area text;
alter table customer add column status text not null default 'ACTIVE';
alter table customer add column closed_date date;

create table bill (
    cons_no     text          not null,
    bill_month  date          not null,
    customer_id text          not null,
    kwh         numeric(14, 2) not null,
    amount      numeric(14, 2) not null,
    due_date    date          not null,
    paid_amount numeric(14, 2) not null,
    paid_date   date,
    owe_amt     numeric(14, 2) not null,
    penalty     numeric(14, 2) not null,
    pay_channel text,
    batch_id    uuid          not null,
    primary key (cons_no, bill_month)
);
create index bill_customer on bill (customer_id, bill_month);

-- A ticket stays even when no customer could be found for it; link_method says how (or whether) it was linked.
create table ticket (
    ticket_id    text primary key,
    cons_no      text,
    caller_phone text,
    customer_id  text,
    link_method  text        not null,
    ticket_type  text        not null,
    category     text        not null,
    content      text,
    accept_time  timestamptz not null,
    handle_time  timestamptz,
    resolution   text,
    batch_id     uuid        not null
);
create index ticket_customer on ticket (customer_id, accept_time);

create table app_event (
    app_user_id text        not null,
    event       text        not null,
    ts          timestamptz not null,
    phone       text,
    customer_id text,
    batch_id    uuid        not null,
    primary key (app_user_id, ts, event)
);
create index app_event_customer on app_event (customer_id, ts);

create table outage (
    transformer_area text        not null,
    start_time       timestamptz not null,
    end_time         timestamptz not null,
    planned          boolean     not null,
    batch_id         uuid        not null,
    primary key (transformer_area, start_time)
);

create table weather (
    region_code text not null,
    day         date not null,
    min_temp    numeric(5, 1) not null,
    max_temp    numeric(5, 1) not null,
    primary key (region_code, day)
);
