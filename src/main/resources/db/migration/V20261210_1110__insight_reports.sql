-- Reports to the partnership (SR-10): each kept as produced, its figures frozen (already suppressed), so that
-- a report downloaded again next year says what it said when it was produced.
create table insight_report (
    id           uuid        primary key,
    kind         varchar(30) not null check (kind in ('QUARTERLY', 'CORPORATE_PARENTING')),
    period_from  date        not null,
    period_to    date        not null check (period_to >= period_from),
    authority_id uuid        references agency (id),
    scope_name   varchar(300) not null,
    content      jsonb       not null,
    produced_at  timestamptz not null,
    produced_by  uuid        references user_account (id),
    scheduled    boolean     not null default false
);
create index insight_report_listed on insight_report (produced_at desc, id desc);
-- A scheduled report is produced once for its period, however many instances run the schedule.
create unique index insight_report_scheduled_once on insight_report (kind, period_from, period_to)
    where scheduled and authority_id is null;

-- Who is told when a scheduled report is ready (the partnership's missing sub-group, the corporate parenting panel).
create table insight_report_recipient (
    kind    varchar(30) not null check (kind in ('QUARTERLY', 'CORPORATE_PARENTING')),
    user_id uuid        not null references user_account (id) on delete cascade,
    primary key (kind, user_id)
);
