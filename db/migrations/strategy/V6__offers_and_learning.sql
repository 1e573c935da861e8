-- The offer catalogue as data: which scenario an offer serves, who is eligible (a rule in the audience language,
-- checked against the tag registry when a campaign uses it), how its benefit is computed (a named formula with its
-- parameters), which channels may carry it in order of preference, what one contact costs beyond the channel's own
-- cost, the prior conversion rate learning starts from, and when it is valid.
create table offer (
    code             text primary key,
    scenario         text        not null,
    name_zh          text        not null,
    name_en          text        not null,
    description      text        not null,
    eligibility      text        not null,
    formula          text        not null,
    parameters       jsonb       not null default '{}',
    channels         text        not null,
    cost_per_contact numeric(10, 2) not null,
    prior_rate       double precision not null check (prior_rate > 0 and prior_rate < 1),
    valid_from       date        not null,
    valid_to         date
);

-- What each evaluated campaign showed per offer × segment × channel: replaced whenever evaluation publishes a newer
-- result for the campaign, so the posterior counts every campaign once.
create table learning_evidence (
    campaign_id  uuid   not null,
    offer_code   text   not null,
    segment      text   not null,
    channel      text   not null,
    treated      bigint not null,
    conversions  bigint not null,
    evaluated_at timestamptz not null,
    primary key (campaign_id, offer_code, segment, channel)
);

alter table campaign add column offer_codes text;
update campaign set offer_codes = offer_code;
alter table campaign alter column offer_codes set not null;
alter table campaign add column audience_rule text;
alter table campaign add column holdout_global int not null default 0;
alter table campaign add column queued int not null default 0;

alter table target add column benefit_unit text;
alter table target add column benefit_quantity double precision;
alter table target add column benefit_text text;
alter table target add column triggers text;
alter table target add column conversion_probability double precision;
alter table target add column expected_value double precision;
alter table target add column investment_yuan double precision;
alter table target add column payback_years double precision;
alter table target add column similar_customers text;
alter table target add column manager text;
alter table target add column scheduled_week date;

-- Customers left out of every campaign of a quarter (by hash of customer and quarter), counted per campaign, so
-- that evaluation can compare everyone marketed to with no marketing at all.
create table holdout_member (
    campaign_id uuid not null references campaign (id),
    customer_id text not null,
    primary key (campaign_id, customer_id)
);

insert into offer (code, scenario, name_zh, name_en, description, eligibility, formula, parameters, channels,
                   cost_per_contact, prior_rate, valid_from) values
 ('CAPACITY_EXPANSION', 'ACQUISITION', '增容服务', 'Capacity expansion',
  'C&I customers whose monthly maximum demand stayed above 80 % of contracted capacity for three months: an account manager proposes the added kVA before over-demand penalties and outages.',
  'category IN (''GENERAL_CI'', ''LARGE_INDUSTRIAL'') AND has max_demand_kw',
  'CAPACITY_EXPANSION', '{"capacity_charge_per_kva_month": 26.3}',
  'MANAGER_VISIT,OUTBOUND_CALL', 20.00, 0.10, '2026-01-01'),
 ('TOU_TARIFF', 'ACTIVATION', '分时电价', 'Time-of-use tariff',
  'Customers who would pay less on the time-of-use option of their tariff, priced from their own band kWh with a share of peak use moved to the valley.',
  'has peak_share AND has valley_share AND has annual_kwh',
  'TOU_SAVING', '{}', 'APP_PUSH,WECHAT,SMS,OUTBOUND_CALL', 0.00, 0.05, '2026-01-01'),
 ('BILL_ANALYSIS_TASK', 'ACTIVATION', '账单分析任务', 'Bill analysis app task',
  'Online-active customers get an app task that walks them through their bill and their neighbours'' use; the quoted saving is a configured share of their yearly bill.',
  'online_events_90d >= 3 AND has annual_revenue',
  'BILL_ANALYSIS', '{"saving_share": 0.03}', 'APP_PUSH,WECHAT', 0.00, 0.08, '2026-01-01'),
 ('ENERGY_ADVICE_VISIT', 'ACTIVATION', '上门用能诊断', 'Energy advice visit',
  'Offline-preferring customers get a visit or call from their account manager with the same bill analysis; the quoted saving is a configured share of their yearly bill.',
  'online_events_90d < 3 AND has annual_revenue',
  'BILL_ANALYSIS', '{"saving_share": 0.03}', 'MANAGER_VISIT,OUTBOUND_CALL', 5.00, 0.06, '2026-01-01'),
 ('RETENTION_DEDICATED_MANAGER', 'RETENTION', '专属客户经理', 'Dedicated account manager',
  'High risk tier (churn, arrears, complaints and outage minutes against the service commitments): a named manager and a visit.',
  'has churn_risk AND has annual_revenue',
  'RETENTION', '{"tier": "HIGH", "action_zh": "专属客户经理一对一服务", "commitment": "a named account manager who calls back within 1 working day; repair arrival within 45 minutes in town, 90 minutes in the countryside"}',
  'MANAGER_VISIT,OUTBOUND_CALL', 10.00, 0.15, '2026-01-01'),
 ('RETENTION_FAST_RESPONSE', 'RETENTION', '快速响应', 'Fast response',
  'Medium risk tier: priority handling of the customer''s tickets and repairs, quoting the repair and restoration commitments.',
  'has churn_risk AND has annual_revenue',
  'RETENTION', '{"tier": "MEDIUM", "action_zh": "工单优先快速响应", "commitment": "repair arrival within 45 minutes in town, 90 minutes in the countryside, 2 hours in remote areas; power back within 3 hours in town, 4 in the countryside"}',
  'OUTBOUND_CALL,SMS,APP_PUSH', 1.00, 0.10, '2026-01-01'),
 ('RETENTION_TRANSPARENCY', 'RETENTION', '透明服务包', 'Transparency package',
  'Low risk tier: outage notices 7 days ahead, monthly bill explanation and repair progress by message.',
  'has churn_risk AND has annual_revenue',
  'RETENTION', '{"tier": "LOW", "action_zh": "停电提前告知与账单解读", "commitment": "planned outages announced 7 days ahead; repair progress by message"}',
  'APP_PUSH,WECHAT,SMS', 0.00, 0.05, '2026-01-01'),
 ('REACTIVE_COMPENSATION', 'VALUE_ADDED', '无功补偿改造', 'Reactive-power compensation',
  'Customers billed a power-factor adjustment (power factor below 0.90): capacitors sized to reach 0.95 avoid the yearly charge.',
  'category IN (''GENERAL_CI'', ''LARGE_INDUSTRIAL'', ''AGRICULTURAL'') AND power_factor < 0.90',
  'REACTIVE_COMPENSATION', '{"target_pf": 0.95, "price_per_kvar": 150}', 'MANAGER_VISIT,OUTBOUND_CALL', 20.00, 0.12, '2026-01-01'),
 ('EFFICIENCY_AUDIT', 'VALUE_ADDED', '能效诊断', 'Energy-efficiency audit',
  'C&I customers with high consumption or volatile load: an audit and measures that save a configured share of their kWh.',
  'category IN (''GENERAL_CI'', ''LARGE_INDUSTRIAL'') AND (annual_kwh >= 200000 OR daily_kwh_cv >= 0.35)',
  'EFFICIENCY_AUDIT', '{"saving_share": 0.08, "audit_fee": 20000, "measures_per_kwh_saved": 1.2}', 'MANAGER_VISIT,OUTBOUND_CALL', 20.00, 0.06, '2026-01-01'),
 ('PV_STORAGE', 'VALUE_ADDED', '光伏+储能', 'PV and storage',
  'C&I customers with daytime load: rooftop PV sized to the daytime kWh they use themselves, and a battery that moves valley kWh to the peak.',
  'category IN (''GENERAL_CI'', ''LARGE_INDUSTRIAL'') AND annual_kwh >= 100000',
  'PV_STORAGE', '{"yield_kwh_per_kwp": 1100, "self_use": 0.9, "pv_cost_per_kwp": 3200, "storage_hours": 2, "storage_share_of_pv_kw": 0.2, "storage_cost_per_kwh": 1200, "storage_cycles_per_year": 330, "round_trip_efficiency": 0.88}',
  'MANAGER_VISIT,OUTBOUND_CALL', 20.00, 0.04, '2026-01-01');
