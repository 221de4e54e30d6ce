-- Management oversight sign-offs (DOMAIN.md OV; issue: oversight). Raised at the configured points: a
-- high-risk rating, a return home interview recorded, an episode before it closes, a meeting's outcome.
-- One per point and subject; signed once, by a manager who did not do the work.
create table sign_off (
    id              uuid primary key,
    point           varchar(20)  not null check (point in ('HIGH_RISK', 'RHI_COMPLETED', 'EPISODE_CLOSE', 'MEETING_OUTCOME')),
    subject_id      uuid         not null,
    child_id        uuid         not null references child (id),
    href            varchar(200) not null,
    summary         varchar(300) not null,
    work_by         uuid references user_account (id),
    raised_at       timestamptz  not null,
    due_at          timestamptz  not null,
    signed_at       timestamptz,
    signed_by       uuid references user_account (id),
    signed_by_name  varchar(200),
    comment         text,
    unique (point, subject_id),
    check ((signed_at is null) = (signed_by is null)),
    check (signed_at is null or btrim(coalesce(comment, '')) <> ''),
    check (signed_by is null or work_by is null or signed_by <> work_by)
);
create index sign_off_awaited on sign_off (due_at) where signed_at is null;
create index sign_off_child on sign_off (child_id);
