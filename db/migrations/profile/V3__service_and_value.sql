-- Profile's copies of bills, tickets, app activity, outages and weather, the tags computed from them, and the
-- prediction models with their metrics.

alter table customer add column transformer_area text;
alter table customer add column status text not null default 'ACTIVE';
alter table customer add column closed_date date;

create table bill (
    customer_id text          not null,
    month       date          not null,
    kwh         double precision not null,
    amount      double precision not null,
    due_date    date          not null,
    paid_amount double precision not null,
    paid_date   date,
    owe_amount  double precision not null,
    pay_channel text,
    primary key (customer_id, month)
);

create table ticket (
    ticket_id   text primary key,
    customer_id text        not null,
    category    text        not null,
    accept_time timestamptz not null,
    handle_time timestamptz
);
create index ticket_customer on ticket (customer_id, accept_time);

create table activity_day (
    customer_id  text not null,
    day          date not null,
    logins       int  not null,
    bill_views   int  not null,
    payments     int  not null,
    offer_clicks int  not null,
    hourly       int[] not null,
    primary key (customer_id, day)
);

create table outage (
    transformer_area text        not null,
    start_time       timestamptz not null,
    end_time         timestamptz not null,
    planned          boolean     not null,
    primary key (transformer_area, start_time)
);

create table weather (
    region_code text not null,
    day         date not null,
    min_temp    double precision not null,
    max_temp    double precision not null,
    primary key (region_code, day)
);

-- A trained model: its kind (churn, arrears, load-forecast), version, training window and held-out metrics.
create table model_version (
    version     text primary key,
    kind        text        not null,
    trained_at  timestamptz not null,
    metrics     jsonb       not null,
    model       jsonb
);

create table forecast (
    customer_id text             not null,
    day         date             not null,
    kwh         double precision not null,
    method      text             not null,
    version     text             not null,
    primary key (customer_id, day)
);

insert into tag_definition (code, name_zh, name_en, family, description, unit, window_desc, version) values
 ('annual_revenue',      '年电费',     'Annual revenue',          'VALUE', 'Billed amount over the last 12 bill months', 'yuan', 'last 12 bill months', 1),
 ('kwh_trend',           '用电趋势',   'Consumption trend',       'VALUE', 'Billed kWh of the last 3 months over the 3 before, minus 1', 'ratio', 'last 6 bill months', 1),
 ('seasonality',         '季节性',     'Seasonality',             'CONSUMPTION', 'Mean monthly kWh of summer and winter months over spring and autumn months', 'ratio', 'last 12 bill months', 1),
 ('late_payments_12m',   '逾期缴费次数', 'Late payments',           'VALUE', 'Bills paid after their due date or not at all', 'count', 'last 12 bill months', 1),
 ('avg_days_late',       '平均逾期天数', 'Average days late',       'VALUE', 'Mean days after the due date of late bills', 'days', 'last 12 bill months', 1),
 ('arrears_amount',      '欠费金额',   'Arrears',                 'RISK', 'Amount still owed on all bills', 'yuan', 'current', 1),
 ('online_events_90d',   '线上活跃度', 'Online activity',         'SERVICE', 'App and WeChat events in the last 90 days', 'count', 'last 90 days', 1),
 ('preferred_channel',   '偏好渠道',   'Preferred channel',       'SERVICE', 'APP when the customer uses the app, else the most used payment channel', null, 'last 12 bill months / 90 days', 1),
 ('active_hour',         '活跃时段',   'Active hour',             'SERVICE', 'Hour of day with the most app events', 'hour', 'last 90 days', 1),
 ('complaints_12m',      '投诉次数',   'Complaints',              'RISK', '95598 complaints in the last 12 months', 'count', 'last 12 months', 1),
 ('days_since_complaint','距上次投诉天数', 'Days since complaint',  'RISK', 'Days since the latest 95598 complaint', 'days', 'all history', 1),
 ('outage_minutes_90d',  '停电时长',   'Outage minutes',          'RISK', 'Minutes of unplanned outage of the customer''s transformer area', 'minutes', 'last 90 days', 1),
 ('outage_count_90d',    '停电次数',   'Outage count',            'RISK', 'Unplanned outages of the customer''s transformer area', 'count', 'last 90 days', 1),
 ('demand_response_kw',  '需求响应潜力', 'Demand-response potential', 'CONSUMPTION', 'kW that could leave the evening peak (17-23 h) from the customer''s own flexibility', 'kW', 'last 28 days', 1),
 ('churn_risk',          '流失风险',   'Churn risk',              'RISK', 'Probability the account closes within 3 months (model)', 'probability', 'model', 1),
 ('arrears_risk',        '欠费风险',   'Arrears risk',            'RISK', 'Probability the next bill is still unpaid 30 days after its due date (model)', 'probability', 'model', 1);
