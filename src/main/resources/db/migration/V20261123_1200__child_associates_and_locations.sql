-- Associates and locations are shared records: one person or place, linked to many children
-- (DOMAIN.md CR-04, CR-05), so that a network across children can be seen.

create table associate (
    id                 uuid primary key,
    name               varchar(200)  not null check (btrim(name) <> ''),
    address            varchar(500),
    phone              varchar(50),
    social_media       varchar(200),
    vehicle            varchar(200),
    last_contacted_on  date,
    person_of_concern  boolean       not null default false,
    concern_reason     varchar(1000),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null,
    -- A flag without a reason cannot be acted on by the officer reading it.
    check (not person_of_concern or btrim(coalesce(concern_reason, '')) <> '')
);
create index associate_name_trigram on associate using gin (lower(name) gin_trgm_ops);

-- How this person relates to this child: the same adult may be "uncle" to one and "boyfriend" to another.
create table child_associate (
    child_id     uuid         not null references child (id) on delete cascade,
    associate_id uuid         not null references associate (id) on delete cascade,
    relationship varchar(200) not null check (btrim(relationship) <> ''),
    linked_at    timestamptz  not null,
    primary key (child_id, associate_id)
);
create index child_associate_associate on child_associate (associate_id);

-- The same place typed twice ("McDonald's, Broadmead" / "mcdonalds broadmead") is one location.
create function location_match_key(description text, postcode text) returns text
    language sql immutable parallel safe
    return btrim(regexp_replace(regexp_replace(lower(description), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g'))
        || '|' || coalesce(upper(replace(postcode, ' ', '')), '');

create table location (
    id            uuid primary key,
    description   varchar(200)  not null check (btrim(description) <> ''),
    address_line1 varchar(200),
    address_line2 varchar(200),
    town          varchar(100),
    postcode      varchar(8),
    latitude      numeric(8, 6) check (latitude between -90 and 90),
    longitude     numeric(9, 6) check (longitude between -180 and 180),
    risk_assessed boolean       not null default false,
    risk_notes    varchar(2000),
    match_key     text          not null generated always as (location_match_key(description, postcode)) stored,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    check ((latitude is null) = (longitude is null))
);
create unique index location_match on location (match_key);

-- Every use of a place: frequented by a child, or where a child was last seen or found in an episode.
-- episode_id has no foreign key: episodes belong to the episode module, which links through Locations.
create table location_link (
    id          uuid primary key,
    location_id uuid        not null references location (id) on delete cascade,
    child_id    uuid        not null references child (id) on delete cascade,
    episode_id  uuid,
    kind        varchar(20) not null check (kind in ('frequented', 'last_seen', 'found')),
    linked_at   timestamptz not null
);
create unique index location_link_once
    on location_link (location_id, child_id, coalesce(episode_id, '00000000-0000-0000-0000-000000000000'), kind);
create index location_link_child on location_link (child_id);
