create table agency (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null check (kind in
                 ('LOCAL_AUTHORITY', 'POLICE_FORCE', 'HEALTH', 'EDUCATION', 'RHI_PROVIDER', 'CARE_PROVIDER')),
    ons_code    varchar(9),
    dfe_code    varchar(3),
    version     bigint       not null default 0,
    -- ONS and DfE codes identify a local authority in national returns.
    check (kind <> 'LOCAL_AUTHORITY' or (ons_code is not null and dfe_code is not null))
);
create unique index agency_name_unique on agency (lower(name));
create unique index agency_dfe_code_unique on agency (dfe_code) where dfe_code is not null;

create table team (
    id        uuid primary key,
    agency_id uuid         not null references agency (id),
    name      varchar(200) not null,
    version   bigint       not null default 0
);
create unique index team_name_unique on team (agency_id, lower(name));

create table user_account (
    id              uuid primary key,
    username        varchar(60)  not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    password_hash   varchar(200) not null,
    agency_id       uuid         not null references agency (id),
    team_id         uuid references team (id),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    version         bigint       not null default 0
);
create unique index user_account_username_unique on user_account (lower(username));

create table user_role (
    user_id uuid        not null references user_account (id) on delete cascade,
    role    varchar(30) not null,
    primary key (user_id, role)
);
