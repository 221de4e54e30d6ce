-- Case-file audits (DOMAIN.md AS-01 to AS-04, docs/decisions/0030-case-file-audits.md): versioned templates
-- of lines of enquiry with their grade scale, audits with their sample, each agency's part of a sampled case
-- graded line by line by its auditor, moderated by a second auditor, and the audit's findings and actions.

create table case_audit_template (
    id          uuid primary key,
    code        varchar(40)   not null check (btrim(code) <> ''),
    version     integer       not null check (version > 0),
    name        varchar(200)  not null check (btrim(name) <> ''),
    description varchar(2000),
    -- Best first, as the report orders its counts.
    grade_scale varchar(60)[] not null check (cardinality(grade_scale) between 2 and 10),
    created_at  timestamptz   not null,
    created_by  uuid references user_account (id),
    unique (code, version)
);

create table case_audit_line (
    id          uuid primary key,
    template_id uuid         not null references case_audit_template (id),
    position    integer      not null,
    heading     varchar(500) not null check (btrim(heading) <> ''),
    -- What Homeward gathers from the record for the auditor to judge (caseaudit.internal.Evidence); null: nothing.
    evidence    varchar(30),
    unique (template_id, position)
);

create table case_audit (
    id                 uuid primary key,
    theme              varchar(200)  not null check (btrim(theme) <> ''),
    objective          varchar(2000) not null check (btrim(objective) <> ''),
    template_id        uuid          not null references case_audit_template (id),
    council_id         uuid          not null references agency (id),
    -- The cohort: children of the council with an episode last seen in the period.
    period_from        date          not null,
    period_to          date          not null check (period_to >= period_from),
    -- The audit runs, and its auditors may open their cases, from the first to the last day (London dates).
    starts_on          date          not null,
    ends_on            date          not null check (ends_on >= starts_on),
    lead_id            uuid          not null references user_account (id),
    sample_description varchar(500),
    sampled_at         timestamptz,
    reported_at        timestamptz,
    reported_by        uuid references user_account (id),
    created_at         timestamptz   not null,
    created_by         uuid          not null references user_account (id)
);
create index case_audit_listed on case_audit (created_at desc, id);

create table case_audit_case (
    id              uuid primary key,
    audit_id        uuid         not null references case_audit (id),
    child_id        uuid         not null references child (id),
    position        integer      not null,
    stratum         varchar(100),
    -- The child's allocated worker when sampled: told of the audit, may add context, sees its findings.
    practitioner_id uuid references user_account (id),
    consolidation   varchar(4000),
    consolidated_at timestamptz,
    consolidated_by uuid references user_account (id),
    unique (audit_id, child_id),
    unique (audit_id, position)
);
create index case_audit_case_child on case_audit_case (child_id);
create index case_audit_case_practitioner on case_audit_case (practitioner_id) where practitioner_id is not null;

-- One agency's part of a sampled case: its auditor grades it, a second auditor moderates it.
create table case_audit_part (
    id                        uuid primary key,
    case_id                   uuid          not null references case_audit_case (id),
    audit_id                  uuid          not null references case_audit (id),
    child_id                  uuid          not null references child (id),
    agency_id                 uuid          not null references agency (id),
    auditor_id                uuid          not null references user_account (id),
    moderator_id              uuid references user_account (id),
    status                    varchar(20)   not null default 'ALLOCATED'
        check (status in ('ALLOCATED', 'SUBMITTED', 'MODERATED', 'RESOLVED')),
    practitioner_conversation varchar(4000),
    family_feedback           varchar(4000),
    submitted_at              timestamptz,
    moderated_at              timestamptz,
    resolved_at               timestamptz,
    unique (case_id, agency_id),
    check (moderator_id is null or moderator_id <> auditor_id)
);
create index case_audit_part_audit on case_audit_part (audit_id, case_id);
create index case_audit_part_child on case_audit_part (child_id);
create index case_audit_part_auditor on case_audit_part (auditor_id);
create index case_audit_part_moderator on case_audit_part (moderator_id) where moderator_id is not null;

create table case_audit_grade (
    part_id           uuid not null references case_audit_part (id),
    line_id           uuid not null references case_audit_line (id),
    grade             varchar(60),
    note              varchar(4000),
    moderation        varchar(10) check (moderation in ('AGREE', 'DISAGREE')),
    moderation_reason varchar(2000),
    resolved_grade    varchar(60),
    resolution        varchar(2000),
    primary key (part_id, line_id)
);

-- What a practitioner whose work is audited adds while the audit runs.
create table case_audit_context (
    id        uuid primary key,
    case_id   uuid          not null references case_audit_case (id),
    child_id  uuid          not null references child (id),
    author_id uuid          not null references user_account (id),
    text      varchar(4000) not null check (btrim(text) <> ''),
    added_at  timestamptz   not null
);
create index case_audit_context_case on case_audit_context (case_id, added_at);
create index case_audit_context_child on case_audit_context (child_id);

-- A safeguarding concern an auditor found: escalated at once as a task, not left for the report.
create table case_audit_concern (
    id          uuid primary key,
    part_id     uuid          not null references case_audit_part (id),
    child_id    uuid          not null references child (id),
    description varchar(4000) not null check (btrim(description) <> ''),
    raised_by   uuid          not null references user_account (id),
    raised_at   timestamptz   not null
);
create index case_audit_concern_part on case_audit_concern (part_id, raised_at);
create index case_audit_concern_child on case_audit_concern (child_id);

create table case_audit_finding (
    id         uuid primary key,
    audit_id   uuid          not null references case_audit (id),
    kind       varchar(20)   not null check (kind in ('STRENGTH', 'DEVELOPMENT', 'RECOMMENDATION')),
    text       varchar(2000) not null check (btrim(text) <> ''),
    -- A recommendation is an action: its owner and due date (a task on the deadline engine).
    owner_id   uuid references user_account (id),
    due_on     date,
    created_at timestamptz   not null,
    created_by uuid          not null references user_account (id),
    check ((kind = 'RECOMMENDATION') = (owner_id is not null and due_on is not null))
);
create index case_audit_finding_audit on case_audit_finding (audit_id, created_at);

-- Who may open which sampled child while the audit runs (the auditor, the moderator, the lead): read by
-- the child_involvement view (R__access_child_involvement.sql), so access ends with the audit by itself.
create table case_audit_access (
    id       uuid primary key,
    audit_id uuid        not null references case_audit (id),
    child_id uuid        not null references child (id),
    user_id  uuid        not null references user_account (id),
    opens_at timestamptz not null,
    closes_at timestamptz not null,
    unique (audit_id, child_id, user_id)
);
create index case_audit_access_child on case_audit_access (child_id);

