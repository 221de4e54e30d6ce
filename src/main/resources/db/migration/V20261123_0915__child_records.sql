create table child (
    id                       uuid primary key,
    given_names              varchar(100) not null check (btrim(given_names) <> ''),
    family_name              varchar(100) not null check (btrim(family_name) <> ''),
    date_of_birth            date         not null check (date_of_birth >= date '1900-01-01'),
    sex                      varchar(1)   not null,
    gender_identity          varchar(100),
    ethnicity                varchar(4),
    first_language           varchar(100),
    interpreter_needed       boolean,
    disability               varchar(500),
    sen_status               varchar(20),
    religion                 varchar(100),
    sexual_orientation       varchar(100),
    legal_status             varchar(20)  not null,
    responsible_authority_id uuid references agency (id),
    allocated_worker_id      uuid references user_account (id),
    allocated_team_id        uuid references team (id),
    council_case_id          varchar(50),
    police_nominal_id        varchar(50),
    nhs_number               varchar(10) check (nhs_number ~ '^[0-9]{10}$'),
    upn                      varchar(13) check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null
);
create index child_dob on child (date_of_birth);
create index child_council_case_id on child (upper(council_case_id)) where council_case_id is not null;
create index child_police_nominal_id on child (upper(police_nominal_id)) where police_nominal_id is not null;
create index child_nhs_number on child (nhs_number) where nhs_number is not null;
create index child_upn on child (upn) where upn is not null;

create table child_alias (
    child_id uuid         not null references child (id) on delete cascade,
    position integer      not null,
    name     varchar(200) not null check (btrim(name) <> ''),
    primary key (child_id, position)
);

-- One row per word of every name and alias: searched by prefix, trigram similarity and sound.
create table child_name_token (
    child_id  uuid        not null references child (id) on delete cascade,
    token     varchar(100) not null,
    metaphone varchar(10) not null,
    primary key (child_id, token)
);
create index child_name_token_prefix on child_name_token (token text_pattern_ops);
create index child_name_token_trigram on child_name_token using gin (token gin_trgm_ops);
create index child_name_token_metaphone on child_name_token (metaphone);
