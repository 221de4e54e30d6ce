-- The partnership self-assessment (issue 22, decision 0031). A questionnaire is data: each loaded file is one
-- version, kept whole as it was loaded (content, canonical JSON), so that a cycle answered against it reads the
-- same questions for ever. The same content loaded twice is one row (content_hash).
create table selfassessment_questionnaire (
    id             uuid primary key,
    key            varchar(60)  not null,
    version        varchar(40)  not null,
    title          varchar(200) not null,
    reconstruction boolean      not null,
    content        jsonb        not null,
    content_hash   char(64)     not null unique,
    loaded_by_name varchar(200) not null,
    loaded_at      timestamptz  not null,
    unique (key, version)
);
create index selfassessment_questionnaire_loaded on selfassessment_questionnaire (loaded_at desc, id desc);

-- One run of the tool by a partnership: part one, the report, part two and the actions. A cycle may start from
-- the one before it (previous_id), whose answers, evidence and open actions it carries forward.
create table selfassessment_cycle (
    id               uuid primary key,
    name             varchar(200) not null,
    questionnaire_id uuid         not null references selfassessment_questionnaire (id),
    council_id       uuid references agency (id),
    facilitator_id   uuid         not null references user_account (id),
    separate_answers boolean      not null,
    previous_id      uuid references selfassessment_cycle (id),
    created_at       timestamptz  not null
);
create index selfassessment_cycle_facilitator on selfassessment_cycle (facilitator_id, created_at desc, id desc);
create index selfassessment_cycle_previous on selfassessment_cycle (previous_id);

create table selfassessment_participant (
    cycle_id   uuid    not null references selfassessment_cycle (id),
    user_id    uuid    not null references user_account (id),
    agency_id  uuid    not null references agency (id),
    wants_copy boolean not null,
    primary key (cycle_id, user_id)
);
create index selfassessment_participant_user on selfassessment_participant (user_id, cycle_id);

-- The partnership's answer to a question: the self-score (agreed grade, with its rationale when agencies
-- answered separately) and, beside it, the moderated score with the moderator's reason.
create table selfassessment_answer (
    cycle_id          uuid         not null references selfassessment_cycle (id),
    question_key      varchar(60)  not null,
    grade             varchar(30),
    rationale         text,
    note              text,
    moderated_grade   varchar(30),
    moderation_reason text,
    updated_by_name   varchar(200) not null,
    updated_at        timestamptz  not null,
    primary key (cycle_id, question_key),
    check ((moderated_grade is null) = (moderation_reason is null))
);

-- Each agency's own answer when the cycle asks agencies to answer separately.
create table selfassessment_agency_answer (
    cycle_id        uuid         not null references selfassessment_cycle (id),
    question_key    varchar(60)  not null,
    agency_id       uuid         not null references agency (id),
    grade           varchar(30)  not null,
    note            text,
    updated_by_name varchar(200) not null,
    updated_at      timestamptz  not null,
    primary key (cycle_id, question_key, agency_id)
);

-- Evidence beside an answer: a Homeward figure frozen when it was attached, or a document's link.
create table selfassessment_evidence (
    id               uuid primary key,
    cycle_id         uuid         not null references selfassessment_cycle (id),
    question_key     varchar(60)  not null,
    kind             varchar(10)  not null check (kind in ('FIGURE', 'LINK')),
    label            varchar(300) not null,
    value            varchar(500) not null,
    attached_by_name varchar(200) not null,
    attached_at      timestamptz  not null,
    carried_from     uuid references selfassessment_evidence (id)
);
create index selfassessment_evidence_cycle on selfassessment_evidence (cycle_id, question_key, attached_at);

-- Actions arising, per area (and question when it arose from one); carried to the next cycle until done.
create table selfassessment_action (
    id              uuid primary key,
    cycle_id        uuid         not null references selfassessment_cycle (id),
    area_key        varchar(60)  not null,
    question_key    varchar(60),
    text            varchar(1000) not null,
    owner           varchar(200) not null,
    due_on          date         not null,
    status          varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    created_by_name varchar(200) not null,
    created_at      timestamptz  not null,
    carried_from    uuid references selfassessment_action (id)
);
create index selfassessment_action_cycle on selfassessment_action (cycle_id, due_on, id);

-- Part two: the checklist of an area flagged by part one, worked through in later sessions.
create table selfassessment_checklist_answer (
    cycle_id        uuid         not null references selfassessment_cycle (id),
    area_key        varchar(60)  not null,
    item_key        varchar(60)  not null,
    status          varchar(10)  not null check (status in ('MET', 'PARTLY', 'NOT_MET')),
    note            text,
    updated_by_name varchar(200) not null,
    updated_at      timestamptz  not null,
    primary key (cycle_id, area_key, item_key)
);

-- Who changed what and when, for every answer, moderation, checklist item and action.
create table selfassessment_change (
    id              bigint generated always as identity primary key,
    cycle_id        uuid         not null references selfassessment_cycle (id),
    subject         varchar(300) not null,
    old_value       text,
    new_value       text,
    changed_by_name varchar(200) not null,
    changed_at      timestamptz  not null
);
create index selfassessment_change_cycle on selfassessment_change (cycle_id, changed_at desc, id desc);
