-- Cross-border notices (DOMAIN.md XB-01 to XB-03; docs/decisions/0018-cross-border-notices.md).

-- The education and the health agency that serve a local authority's area (one agency may serve
-- several): the host area's schools and health services are told of a child placed there.
create table crossborder_area_agency (
    authority_id uuid        not null references agency (id),
    kind         varchar(10) not null check (kind in ('EDUCATION', 'HEALTH')),
    agency_id    uuid        not null references agency (id),
    primary key (authority_id, kind)
);

-- Each placement out of the placing authority's area, with what the notice to the host needs that
-- Homeward holds nowhere else; with the placements it is the register of children placed in (XB-02).
create table crossborder_placement (
    placement_id          uuid primary key references placement (id),
    child_id              uuid        not null references child (id),
    placing_authority_id  uuid        not null references agency (id),
    host_authority_id     uuid        not null references agency (id),
    placing_contact       text,
    iro_contact           text,
    ehc_plan              varchar(10) check (ehc_plan in ('YES', 'NO', 'NOT_KNOWN')),
    maintaining_authority text,
    notified_at           timestamptz,
    notified_by           uuid references user_account (id),
    created_at            timestamptz not null,
    check (notified_at is null or (placing_contact is not null and iro_contact is not null and ehc_plan is not null)),
    check (ehc_plan is distinct from 'YES' or maintaining_authority is not null)
);
create index crossborder_placement_host on crossborder_placement (host_authority_id);
create index crossborder_placement_unnotified on crossborder_placement (placing_authority_id) where notified_at is null;

-- One notice to one receiving agency. A receiving agency not in Homeward (no agency record) gets it
-- by hand: sent_at is set when someone marks it sent.
create table crossborder_notice (
    id              uuid primary key,
    kind            varchar(20)  not null check (kind in ('PLACEMENT', 'DISCHARGE', 'MISSING', 'RETURNED', 'RHI_FINDINGS')),
    child_id        uuid         not null references child (id),
    placement_id    uuid references placement (id),
    episode_id      uuid references episode (id),
    recipient       varchar(20)  not null
                    check (recipient in ('HOST_AUTHORITY', 'EDUCATION', 'HEALTH', 'POLICE', 'PLACING_AUTHORITY')),
    from_agency_id  uuid references agency (id),
    to_agency_id    uuid references agency (id),
    to_agency_name  varchar(300) not null,
    by_hand         boolean      not null,
    summary         text         not null,
    content         text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    sent_by         uuid references user_account (id),
    acknowledged_at timestamptz,
    acknowledged_by uuid references user_account (id),
    unique nulls not distinct (kind, placement_id, episode_id, recipient),
    check (by_hand = (to_agency_id is null)),
    check (sent_at is null or content is not null),
    check (acknowledged_at is null or (sent_at is not null and not by_hand)),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index crossborder_notice_to on crossborder_notice (to_agency_id, sent_at desc);
create index crossborder_notice_from on crossborder_notice (from_agency_id, sent_at desc);
create index crossborder_notice_child on crossborder_notice (child_id);
create index crossborder_notice_waiting on crossborder_notice (sent_at) where acknowledged_at is null;

-- Episodes of children placed out of area: who holds the return home interview, the agreement,
-- and the findings owed to the placing authority when the host side held it (XB-03).
create table crossborder_episode (
    episode_id            uuid primary key references episode (id),
    child_id              uuid        not null references child (id),
    placing_authority_id  uuid        not null references agency (id),
    host_authority_id     uuid        not null references agency (id),
    opened_at             timestamptz not null,
    rhi_responsible       varchar(10) check (rhi_responsible in ('PLACING', 'HOST')),
    rhi_agreement         text,
    rhi_agreed_by         uuid references user_account (id),
    rhi_agreed_at         timestamptz,
    interview_offer_id    uuid,
    interview_recorded_by uuid references user_account (id),
    findings_due_at       timestamptz,
    findings_notice_id    uuid references crossborder_notice (id),
    check ((rhi_responsible is null) = (rhi_agreed_at is null))
);
create index crossborder_episode_unagreed on crossborder_episode (placing_authority_id) where rhi_agreed_at is null;
create index crossborder_episode_findings on crossborder_episode (findings_due_at)
    where findings_due_at is not null and findings_notice_id is null;
