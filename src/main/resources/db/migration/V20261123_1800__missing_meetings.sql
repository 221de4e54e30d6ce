-- Missing management meetings raised by rules (DOMAIN.md D.3, MP-01; sources/003).

-- Requests the rules cannot see in the data: the police asking for a meeting, carers reporting inappropriately.
create table meeting_request (
    id           uuid primary key,
    child_id     uuid         not null references child (id),
    kind         varchar(20)  not null check (kind in ('POLICE_REQUEST', 'CARER_REPORTING')),
    reason       text         not null check (btrim(reason) <> ''),
    requested_by uuid         not null references user_account (id),
    requested_at timestamptz  not null
);
create index meeting_request_child on meeting_request (child_id, requested_at);

-- "Meeting required", raised when a criterion is first met and kept until a meeting is held; withdrawn
-- if a later change means no criterion is met after all (a return time corrected, for one).
create table meeting_requirement (
    id          uuid primary key,
    child_id    uuid        not null references child (id),
    criteria    text[]      not null check (cardinality(criteria) > 0),
    details     text[]      not null,
    raised_at   timestamptz not null,
    updated_at  timestamptz not null,
    met_by       uuid,
    met_at       timestamptz,
    withdrawn_at timestamptz,
    check ((met_by is null) = (met_at is null)),
    check (met_by is null or withdrawn_at is null)
);
create unique index meeting_requirement_open on meeting_requirement (child_id) where met_by is null and withdrawn_at is null;

create table missing_meeting (
    id                   uuid primary key,
    child_id             uuid         not null references child (id),
    requirement_id       uuid references meeting_requirement (id),
    held_at              timestamptz  not null,
    chair                varchar(200) not null check (btrim(chair) <> ''),
    criteria             text[]       not null,
    attendees            text         not null check (btrim(attendees) <> ''),
    apologies            text,
    history_summary      text         not null,
    rhi_findings         text         not null,
    exploitation_score   text         not null,
    child_view           text,
    child_view_not_given text,
    risk_analysis        text         not null check (btrim(risk_analysis) <> ''),
    decisions            text         not null check (btrim(decisions) <> ''),
    trigger_plan_needed  boolean      not null,
    review_on            date         not null,
    associates_considered uuid[]      not null default '{}',
    recorded_by          uuid         not null references user_account (id),
    recorded_at          timestamptz  not null,
    check (child_view is not null or child_view_not_given is not null),
    check (review_on >= (held_at at time zone 'Europe/London')::date)
);
create index missing_meeting_child on missing_meeting (child_id, held_at);
alter table meeting_requirement add constraint meeting_requirement_met_by
    foreign key (met_by) references missing_meeting (id);

create table meeting_action (
    id         uuid primary key,
    meeting_id uuid        not null references missing_meeting (id),
    position   integer     not null,
    action     text        not null check (btrim(action) <> ''),
    owner_id   uuid        not null references user_account (id),
    due_on     date        not null,
    done_at    timestamptz,
    done_by    uuid references user_account (id),
    unique (meeting_id, position),
    check ((done_at is null) = (done_by is null))
);
create index meeting_action_owner_open on meeting_action (owner_id, due_on) where done_at is null;
