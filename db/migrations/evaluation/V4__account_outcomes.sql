-- Business outcomes of campaign customers only (a customer with an assignment when the fact arrives): complaints,
-- bills and account closures, for retention at 90 days, complaints per 1,000 and revenue per customer.
create table customer_ticket (
    ticket_id   text primary key,
    customer_id text not null,
    category    text,
    accepted_on date not null
);
create index customer_ticket_customer on customer_ticket (customer_id);

create table customer_bill (
    customer_id text    not null,
    month       text    not null,
    amount      numeric not null,
    primary key (customer_id, month)
);

create table customer_status (
    customer_id text primary key,
    status      text not null,
    closed_on   date
);
