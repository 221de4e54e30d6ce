-- Documents attached to a self-assessment answer as evidence (issue 22, point 6): kept in the database with the
-- rest of the cycle, so that a backup holds them and access is the cycle's. A carried-forward evidence row points
-- at the same document rather than copying it.
create table selfassessment_document (
    id               uuid primary key,
    cycle_id         uuid         not null references selfassessment_cycle (id),
    file_name        varchar(200) not null,
    content_type     varchar(100) not null,
    size_bytes       integer      not null check (size_bytes > 0),
    sha256           char(64)     not null,
    content          bytea        not null,
    uploaded_by_name varchar(200) not null,
    uploaded_at      timestamptz  not null
);
create index selfassessment_document_cycle on selfassessment_document (cycle_id);

alter table selfassessment_evidence drop constraint selfassessment_evidence_kind_check;
alter table selfassessment_evidence add constraint selfassessment_evidence_kind_check
    check (kind in ('FIGURE', 'LINK', 'DOCUMENT'));
alter table selfassessment_evidence add column document_id uuid references selfassessment_document (id);
alter table selfassessment_evidence add constraint selfassessment_evidence_document_check
    check ((kind = 'DOCUMENT') = (document_id is not null));
create index selfassessment_evidence_document on selfassessment_evidence (document_id);

-- The facilitator picks participants from an agency's people, by name.
create index selfassessment_user_by_agency on user_account (agency_id, lower(display_name), id) where enabled;
