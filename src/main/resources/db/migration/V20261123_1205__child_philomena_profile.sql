-- Philomena Protocol part 1, the carer-held "grab pack" (DOMAIN.md C.5, CR-06, CR-07): one per child.
create table philomena_profile (
    id                      uuid primary key,
    child_id                uuid          not null unique references child (id) on delete cascade,
    height                  varchar(50),
    build                   varchar(100),
    hair                    varchar(200),
    eyes                    varchar(100),
    distinguishing_features varchar(2000),
    photo_taken_on          date,
    photo_uploaded_at       timestamptz,
    phones                  varchar(1000),
    social_media            varchar(1000),
    medical_needs           varchar(2000),
    medication              varchar(2000),
    finances                varchar(2000),
    transport               varchar(2000),
    missing_history         varchar(4000),
    vulnerabilities         varchar(4000),
    completed_by            varchar(200)  not null check (btrim(completed_by) <> ''),
    completed_on            date          not null,
    review_due              date          not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null,
    check ((photo_uploaded_at is null) or (photo_taken_on is not null))
);

-- The photograph apart from the profile, so that reading the profile never loads megabytes.
create table philomena_photo (
    profile_id   uuid primary key references philomena_profile (id) on delete cascade,
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png')),
    bytes        bytea       not null check (octet_length(bytes) between 1 and 5242880)
);
