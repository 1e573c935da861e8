-- Account managers and their follow-up tasks (the online -> offline fallback and manager visits).

-- ShedLock: the fallback job runs on one replica at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Reach's trimmed copy of ingestion's ManagerRecorded.
create table manager (
    staff_no          text primary key,
    name              text    not null,
    team              text    not null,
    weekly_capacity   int     not null,
    transformer_areas text[]  not null default '{}'
);
create index manager_areas on manager using gin (transformer_areas);

-- Reach's trimmed copy of a customer for call lists: the contact a manager calls (CustomerLinked's name and phone,
-- unmasked: only the customer's own manager and team lead read them), the named manager (CustomerLinked), the
-- transformer area (CustomerUpdated). The best hour to call is customer_active_hour (V3).
create table customer_contact (
    customer_id      text primary key,
    name             text,
    phone            text,
    category         text,
    account_manager  text,
    transformer_area text
);

-- What strategy says about a target that tasks need: the planned visitor (MANAGER_VISIT; the week is V3's
-- scheduled_week), and the campaign's
-- fallback window when it sets one (else gridloop.reach.fallback-hours).
alter table target add column manager text;
alter table target add column fallback_hours int;

-- One follow-up per campaign and customer: a manager's call or visit, or the call centre's call. QUEUED tasks wait for
-- their assignee's weekly capacity; OPEN ones are on a call list; DONE ones have a closing outcome.
create table task (
    id             uuid primary key,
    campaign_id    uuid        not null,
    customer_id    text        not null,
    kind           text        not null, -- FOLLOW_UP or VISIT
    assignee       text        not null, -- a staff no., or CALL_CENTRE
    status         text        not null, -- QUEUED, OPEN or DONE
    reason         text        not null,
    benefit_text   text        not null,
    best_hour      int,
    online_history text        not null,
    priority       int         not null,
    week_start     date,
    due_on         date,
    outcome        text,
    note           text,
    call_back_at   timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (campaign_id, customer_id)
);
create index task_assignee on task (assignee, status, priority);
create index task_queued on task (priority) where status = 'QUEUED';
