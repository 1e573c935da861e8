-- Daily usage of campaign customers only (a customer with an assignment when the fact arrives), for the kWh shift:
-- peak_kwh is the peak plus sharp band kWh, null on a day without time-of-use bands.
create table usage_day (
    customer_id text             not null,
    day         date             not null,
    kwh         double precision not null,
    peak_kwh    double precision,
    primary key (customer_id, day)
);

-- Usage facts find their campaigns by customer.
create index assignment_customer on assignment (customer_id);
