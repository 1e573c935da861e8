-- Connection and capacity-expansion applications (报装/增容申请). An application stays whether or not it names a known
-- customer: without one it is a prospect. The applicant's name, phone and address stay in ingestion; the event
-- carries none of them.
create table connection_application (
    application_no  text primary key,
    kind            text          not null, -- NEW or EXPANSION
    status          text          not null, -- SUBMITTED, APPROVED, CONNECTED or WITHDRAWN
    applicant_name  text,
    applicant_phone text,
    address         text,
    region_code     text,
    industry_code   text,
    requested_kva   numeric(10, 1) not null,
    applied_on      date          not null,
    cons_no         text,
    customer_id     text,
    link_method     text          not null,
    batch_id        uuid          not null
);
create index connection_application_customer on connection_application (customer_id);
