-- The "Why children go missing" board report (DOMAIN.md SR-05): an analyst's draft for a period and a scope,
-- its four narrative sections edited until it is issued. At issue the figures as shown (already suppressed)
-- are frozen beside the narrative, and the PDF made from them is kept, so that the board reads and downloads
-- the same document however the records change afterwards.
create table insight_why_report (
    id                    uuid         primary key,
    from_day              date         not null,
    to_day                date         not null check (to_day >= from_day),
    -- The council the figures are for; none for the whole partnership.
    authority_id          uuid         references agency (id),
    scope_name            varchar(200) not null,
    summary               text,
    children_tell_us      text,
    means_for_partnership text,
    recommendations       text,
    status                varchar(10)  not null check (status in ('DRAFT', 'ISSUED')),
    figures               jsonb,
    pdf                   bytea,
    created_by            uuid         not null references user_account (id),
    created_at            timestamptz  not null,
    updated_by            uuid         not null references user_account (id),
    updated_at            timestamptz  not null,
    issued_by             uuid         references user_account (id),
    issued_by_name        varchar(200),
    issued_at             timestamptz,
    version               bigint       not null default 0,
    check ((status = 'ISSUED') = (issued_at is not null)),
    check (status = 'DRAFT' or (figures is not null and pdf is not null and issued_by is not null))
);
-- Issued reports newest first, and drafts newest first, a page at a time.
create index insight_why_report_by_status on insight_why_report (status, created_at desc, id desc);
