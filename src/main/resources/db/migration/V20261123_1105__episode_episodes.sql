-- DfE categories (SSDA903 M and A) and the police vocabularies, each in force for its own dates:
-- "absent" was a police category from 2013 until January 2017; "no apparent risk" replaced it.
insert into vocabulary_term (vocabulary, code, label, sort_order, effective_from, effective_to) values
('episode-category', 'MISSING_FROM_HOME', 'Missing from home', 1, date '1900-01-01', null),
('episode-category', 'MISSING_FROM_CARE', 'Missing from care', 2, date '1900-01-01', null),
('episode-category', 'AWAY_FROM_PLACEMENT', 'Away from placement without authorisation', 3, date '1900-01-01', null),
('missing-from', 'HOME', 'Home', 1, date '1900-01-01', null),
('missing-from', 'PLACEMENT', 'Care placement', 2, date '1900-01-01', null),
('missing-from', 'SCHOOL', 'School or college', 3, date '1900-01-01', null),
('missing-from', 'HOSPITAL', 'Hospital', 4, date '1900-01-01', null),
('missing-from', 'ACTIVITY', 'Activity or contact visit', 5, date '1900-01-01', null),
('missing-from', 'OTHER', 'Somewhere else', 6, date '1900-01-01', null),
('police-classification', 'MISSING', 'Missing', 1, date '1900-01-01', null),
('police-classification', 'ABSENT', 'Absent', 2, date '1900-01-01', date '2017-01-01'),
('police-risk', 'NO_APPARENT_RISK', 'No apparent risk', 1, date '2017-01-01', null),
('police-risk', 'VERY_LOW', 'Very low', 2, date '2017-01-01', null),
('police-risk', 'LOW', 'Low', 3, date '1900-01-01', null),
('police-risk', 'MEDIUM', 'Medium', 4, date '1900-01-01', null),
('police-risk', 'HIGH', 'High', 5, date '1900-01-01', null),
('return-method', 'RETURNED', 'Returned of their own accord', 1, date '1900-01-01', null),
('return-method', 'FOUND_POLICE', 'Found by police', 2, date '1900-01-01', null),
('return-method', 'FOUND_CARER', 'Found or collected by carer or family', 3, date '1900-01-01', null),
('return-method', 'FOUND_OTHER', 'Found by someone else', 4, date '1900-01-01', null),
('return-method', 'CONTACTED', 'Made contact; whereabouts confirmed', 5, date '1900-01-01', null);

create table episode (
    id                    uuid primary key,
    child_id              uuid         not null references child (id),
    category              varchar(30)  not null,
    missing_from          varchar(20)  not null,
    placement_id          uuid references placement (id),
    last_seen_at          timestamptz  not null,
    last_seen_place       varchar(500) not null,
    clothing              varchar(1000),
    with_whom             varchar(1000),
    circumstances         varchar(4000),
    reported_to_police_at timestamptz,
    reported_by           varchar(200),
    police_force_id       uuid references agency (id),
    police_reference      varchar(50),
    council_notified_at   timestamptz,
    retrospective         boolean      not null default false,
    located_at            timestamptz,
    located_where         varchar(500),
    located_by            varchar(200),
    return_method         varchar(20),
    harm_while_missing    varchar(4000),
    closed_at             timestamptz,
    closure_note          varchar(2000),
    created_at            timestamptz  not null,
    created_by            uuid references user_account (id),
    updated_at            timestamptz  not null,
    version               bigint       not null,
    check (located_at is null or located_at > last_seen_at),
    check (reported_to_police_at is null or reported_to_police_at >= last_seen_at),
    check (closed_at is null or located_at is not null),
    -- One episode at a time per child; an open episode runs on until the child is located.
    exclude using gist (child_id with =,
                        tstzrange(last_seen_at, coalesce(located_at, 'infinity'::timestamptz), '[)') with &&)
);
create index episode_child on episode (child_id, last_seen_at desc);
create index episode_open on episode (last_seen_at desc) where closed_at is null;
create unique index episode_police_reference on episode (upper(police_reference)) where police_reference is not null;

-- Police grading: every classification and risk level, with who, when and why. The latest is current.
create table episode_grading (
    id             uuid primary key,
    episode_id     uuid          not null references episode (id),
    classification varchar(20)   not null,
    risk_level     varchar(20)   not null,
    rationale      varchar(4000) not null check (btrim(rationale) <> ''),
    graded_at      timestamptz   not null,
    graded_by      uuid references user_account (id),
    graded_by_name varchar(200)  not null
);
create index episode_grading_episode on episode_grading (episode_id, graded_at desc);

-- Every change to an episode, kept: what changed, who, when and (for amended times) why.
create table episode_change (
    id           bigint generated always as identity primary key,
    episode_id   uuid          not null references episode (id),
    changed_at   timestamptz   not null,
    changed_by   uuid references user_account (id),
    changed_by_name varchar(200) not null,
    kind         varchar(30)   not null,
    summary      varchar(1000) not null,
    reason       varchar(2000)
);
create index episode_change_episode on episode_change (episode_id, changed_at);

create table safe_and_well_check (
    id                uuid primary key,
    episode_id        uuid          not null references episode (id),
    held_at           timestamptz   not null,
    officer           varchar(200)  not null,
    method            varchar(20)   not null check (method in ('FACE_TO_FACE', 'PHONE')),
    disclosures       varchar(4000),
    harm              varchar(4000),
    immediate_actions varchar(4000),
    referrals         varchar(2000),
    recorded_at       timestamptz   not null,
    recorded_by       uuid references user_account (id)
);
create index safe_and_well_check_episode on safe_and_well_check (episode_id);

-- Ofsted found safe-and-well outcomes were not shared: each share is recorded.
create table safe_and_well_share (
    id          uuid primary key,
    check_id    uuid          not null references safe_and_well_check (id),
    shared_at   timestamptz   not null,
    shared_with varchar(300)  not null,
    method      varchar(100)  not null,
    recorded_by uuid references user_account (id)
);
