-- The police force areas an episode touches (DOMAIN.md XB-04): the child's home address, the place
-- they went missing from and the place they were found. Several forces may be involved in one
-- episode; each of them is involved with the child (R__access_child_involvement.sql).
create table episode_force_area (
    episode_id uuid        not null references episode (id),
    area       varchar(20) not null check (area in ('HOME', 'MISSING_FROM', 'FOUND')),
    force_id   uuid        not null references agency (id),
    recorded_at timestamptz not null,
    recorded_by uuid references user_account (id),
    primary key (episode_id, area)
);
create index episode_force_area_force on episode_force_area (force_id);
