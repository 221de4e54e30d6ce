-- The partnership's information sharing agreements (CFG-03): which agencies share under which agreement,
-- for what, on what lawful basis, from when until when. A share between two parties names the agreement
-- in force on its day.
create table sharing_agreement (
    id                  uuid primary key,
    title               varchar(200)  not null check (btrim(title) <> ''),
    purpose             varchar(2000) not null check (btrim(purpose) <> ''),
    lawful_basis        varchar(1000) not null check (btrim(lawful_basis) <> ''),
    starts_on           date          not null,
    review_on           date          not null,
    ends_on             date,
    document_reference  varchar(500),
    recorded_by         uuid          not null references user_account (id),
    recorded_by_name    varchar(200)  not null,
    recorded_at         timestamptz   not null,
    check (review_on > starts_on),
    check (ends_on is null or ends_on >= starts_on)
);
create index sharing_agreement_by_start on sharing_agreement (starts_on desc, id);

create table sharing_agreement_party (
    agreement_id  uuid not null references sharing_agreement (id),
    agency_id     uuid not null references agency (id),
    primary key (agreement_id, agency_id)
);
create index sharing_agreement_party_by_agency on sharing_agreement_party (agency_id, agreement_id);
