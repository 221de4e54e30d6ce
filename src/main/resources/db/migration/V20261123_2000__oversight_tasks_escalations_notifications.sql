-- One deadline engine (DOMAIN.md OV-02, OV-05; docs/decisions/0015-deadline-engine.md). Each module
-- opens a task for its own record; the source reference makes opening twice harmless.
create table task (
    id                      uuid primary key,
    kind                    varchar(40)  not null,
    subject                 text         not null check (btrim(subject) <> ''),
    child_id                uuid references child (id),
    source_module           varchar(40)  not null,
    source_id               varchar(100) not null,
    link                    varchar(300) not null,
    owner_id                uuid references user_account (id),
    owner_team_id           uuid references team (id),
    due_at                  timestamptz  not null,
    high_risk               boolean      not null default false,
    status                  varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_at              timestamptz  not null,
    created_by              uuid references user_account (id),
    closed_at               timestamptz,
    closed_by               uuid references user_account (id),
    handed_over_at          timestamptz,
    handed_over_by          uuid references user_account (id),
    handover_acknowledged_at timestamptz,
    version                 bigint       not null default 0,
    unique (kind, source_module, source_id),
    check ((owner_id is null) <> (owner_team_id is null)),
    check ((status = 'OPEN') = (closed_at is null)),
    check (handover_acknowledged_at is null or handed_over_at is not null)
);
create index task_open_owner on task (owner_id, due_at) where status = 'OPEN';
create index task_open_team on task (owner_team_id, due_at) where status = 'OPEN';
create index task_open_due on task (due_at) where status = 'OPEN';

-- Each step of the escalation matrix happens once per task (once per handover for handovers):
-- the unique key is what makes two application instances send it exactly once.
create table escalation (
    id           uuid primary key,
    task_id      uuid        not null references task (id),
    step         varchar(80) not null,
    escalated_at timestamptz not null,
    unique (task_id, step)
);

create table notification (
    id              uuid primary key,
    recipient_id    uuid         not null references user_account (id),
    text            text         not null,
    link            varchar(300) not null,
    email_subject   varchar(200),
    escalation_id   uuid references escalation (id),
    created_at      timestamptz  not null,
    emailed_at      timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by uuid references user_account (id),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index notification_recipient on notification (recipient_id, created_at desc);
create index notification_to_email on notification (created_at) where email_subject is not null and emailed_at is null;
