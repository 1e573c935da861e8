-- Message texts per offer and channel, in Chinese. Variables: {name} (masked), {benefit} (amount with unit),
-- {tariff} (the offer's name) and {unsubscribe} (SMS only). The SMS signature is added by the renderer.
create table message_template (
    offer_code text not null,
    channel    text not null,
    body       text not null,
    updated_at timestamptz not null default now(),
    primary key (offer_code, channel)
);

insert into message_template (offer_code, channel, body) values
 ('TOU_TARIFF', 'SMS', '{name}您好，按您的用电习惯，办理{tariff}预计每年可省{benefit}。{unsubscribe}'),
 ('TOU_TARIFF', 'APP_PUSH', '{name}，办理{tariff}预计每年可省{benefit}，点击查看详情'),
 ('TOU_TARIFF', 'WECHAT', '{name}您好：根据您近一年的用电曲线，办理{tariff}预计每年可节省{benefit}。点击详情一键办理。'),
 ('TOU_TARIFF', 'OUTBOUND_CALL', '向{name}介绍{tariff}，预计每年可省{benefit}，询问是否办理。'),
 ('BILL_ANALYSIS_TASK', 'APP_PUSH', '{name}，您的{tariff}已生成，预计可帮您节省{benefit}'),
 ('BILL_ANALYSIS_TASK', 'WECHAT', '{name}您好：您的{tariff}已生成，按建议调整用电预计可节省{benefit}。'),
 ('CAPACITY_EXPANSION', 'SMS', '{name}您好，您的用电负荷接近容量上限，{tariff}可增加{benefit}。{unsubscribe}'),
 ('CAPACITY_EXPANSION', 'WECHAT', '{name}您好：您的用电负荷接近报装容量，{tariff}可增加{benefit}，客户经理将与您联系。'),
 ('CAPACITY_EXPANSION', 'OUTBOUND_CALL', '向{name}介绍{tariff}，可增加{benefit}。'),
 ('EFFICIENCY_AUDIT', 'SMS', '{name}您好，免费{tariff}预计每年可节省{benefit}，欢迎预约。{unsubscribe}'),
 ('EFFICIENCY_AUDIT', 'WECHAT', '{name}您好：我们为您提供{tariff}服务，预计每年可节省{benefit}。'),
 ('EFFICIENCY_AUDIT', 'OUTBOUND_CALL', '向{name}介绍{tariff}，预计每年可节省{benefit}。'),
 ('PV_STORAGE', 'SMS', '{name}您好，建设{tariff}项目预计规模{benefit}，欢迎咨询。{unsubscribe}'),
 ('PV_STORAGE', 'WECHAT', '{name}您好：贵单位适合建设{tariff}，预计规模{benefit}，客户经理可上门测算。'),
 ('PV_STORAGE', 'OUTBOUND_CALL', '向{name}介绍{tariff}，预计规模{benefit}。'),
 ('REACTIVE_COMPENSATION', 'SMS', '{name}您好，{tariff}可减少力调电费，补偿容量约{benefit}。{unsubscribe}'),
 ('REACTIVE_COMPENSATION', 'WECHAT', '{name}您好：{tariff}可减少功率因数调整电费，建议补偿容量{benefit}。'),
 ('REACTIVE_COMPENSATION', 'OUTBOUND_CALL', '向{name}介绍{tariff}，建议补偿容量{benefit}。'),
 ('RETENTION_DEDICATED_MANAGER', 'SMS', '{name}您好，我们将为您提供{tariff}服务，有需要请随时联系。{unsubscribe}'),
 ('RETENTION_DEDICATED_MANAGER', 'WECHAT', '{name}您好：即日起由{tariff}为您一对一服务，1个工作日内回电。'),
 ('RETENTION_DEDICATED_MANAGER', 'OUTBOUND_CALL', '向{name}说明{tariff}服务安排。'),
 ('RETENTION_FAST_RESPONSE', 'SMS', '{name}您好，您已享受{tariff}服务，报修优先处理。{unsubscribe}'),
 ('RETENTION_FAST_RESPONSE', 'WECHAT', '{name}您好：您已享受{tariff}服务，报修将优先派单。'),
 ('RETENTION_FAST_RESPONSE', 'OUTBOUND_CALL', '向{name}说明{tariff}服务。'),
 ('RETENTION_TRANSPARENCY', 'SMS', '{name}您好，{tariff}已开通，停电和账单信息将主动告知。{unsubscribe}'),
 ('RETENTION_TRANSPARENCY', 'WECHAT', '{name}您好：{tariff}已为您开通，停电、账单信息将第一时间推送。'),
 ('RETENTION_TRANSPARENCY', 'OUTBOUND_CALL', '向{name}说明{tariff}。'),
 -- '*' is the text of an offer without one of its own for the channel.
 ('*', 'SMS', '{name}您好，{tariff}可为您带来{benefit}。{unsubscribe}'),
 ('*', 'APP_PUSH', '{name}，{tariff}可为您带来{benefit}'),
 ('*', 'WECHAT', '{name}您好：{tariff}可为您带来{benefit}。'),
 ('*', 'OUTBOUND_CALL', '向{name}介绍{tariff}，可带来{benefit}。');

-- The offers' Chinese names, for {tariff}.
create table offer_name (
    offer_code text primary key,
    name_zh    text not null
);
insert into offer_name (offer_code, name_zh) values
 ('CAPACITY_EXPANSION', '增容服务'), ('TOU_TARIFF', '峰谷分时电价'), ('BILL_ANALYSIS_TASK', '账单分析报告'),
 ('ENERGY_ADVICE_VISIT', '上门用能诊断'), ('RETENTION_DEDICATED_MANAGER', '专属客户经理'),
 ('RETENTION_FAST_RESPONSE', '快速响应'), ('RETENTION_TRANSPARENCY', '透明服务包'), ('EFFICIENCY_AUDIT', '能效诊断'),
 ('PV_STORAGE', '光伏+储能'), ('REACTIVE_COMPENSATION', '无功补偿改造');
