-- Relationship-based access (DOMAIN.md IS-02, ARCHITECTURE "Security"): who is involved with a child
-- is read from the records that involve them; these columns hold what no record held yet.

-- Each local authority lies in one police force area: the force is involved with the authority's children.
alter table agency add column police_force_id uuid references agency (id);
alter table agency add constraint agency_police_force_of_authority
    check (police_force_id is null or kind = 'LOCAL_AUTHORITY');

-- The care provider whose carers look after the child: carers see only the children placed with them.
alter table placement add column provider_agency_id uuid references agency (id);
-- A refuge or an address under a non-disclosure order: withheld from shares, packs and exports (IS-07).
alter table placement add column address_withheld boolean not null default false;

-- An associate at a refuge or under a non-disclosure order: their address is withheld in the same way.
alter table associate add column address_withheld boolean not null default false;

-- The agency that first recorded the child (a police force adding a child not known to the council).
alter table child add column recorded_by_agency_id uuid references agency (id);

-- Opening a record without being involved, with the reason given; reported to the named senior manager.
create table break_glass_access (
    id          uuid primary key,
    child_id    uuid          not null references child (id),
    user_id     uuid          not null references user_account (id),
    agency_id   uuid          not null references agency (id),
    reason      varchar(1000) not null check (length(btrim(reason)) >= 10),
    opened_at   timestamptz   not null,
    expires_at  timestamptz   not null check (expires_at > opened_at),
    reviewed_by uuid references user_account (id),
    reviewed_at timestamptz,
    review_note varchar(1000),
    check ((reviewed_by is null) = (reviewed_at is null)),
    check (reviewed_by is null or reviewed_by <> user_id)
);
create index break_glass_access_child_user on break_glass_access (child_id, user_id, expires_at);
create index break_glass_access_unreviewed on break_glass_access (opened_at) where reviewed_at is null;

create index child_responsible_authority on child (responsible_authority_id);
create index child_allocated_team on child (allocated_team_id);
create index child_allocated_worker on child (allocated_worker_id);
create index placement_child on placement (child_id);
create index rhi_offer_child on rhi_offer (child_id);
create index task_child_open on task (child_id) where status = 'OPEN';
