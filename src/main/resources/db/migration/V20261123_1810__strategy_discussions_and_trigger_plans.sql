-- Strategy discussions when significant harm is suspected (MP-02), due within 3 working days, and the
-- police trigger plans they or a meeting decide on, on file within 7 days (MP-03; sources/003).
create table strategy_discussion (
    id                      uuid primary key,
    child_id                uuid        not null references child (id),
    episode_id              uuid references episode (id),
    reason                  text        not null check (btrim(reason) <> ''),
    raised_by               uuid references user_account (id),
    raised_at               timestamptz not null,
    due_on                  date        not null,
    held_at                 timestamptz,
    police_participant      varchar(200),
    social_care_participant varchar(200),
    health_participant      varchar(200),
    other_participants      text,
    section47               varchar(10) check (section47 in ('START', 'NO')),
    outcome                 text,
    trigger_plan_needed     boolean,
    recorded_by             uuid references user_account (id),
    recorded_at             timestamptz,
    check ((held_at is null) = (recorded_by is null)),
    check (held_at is null or (police_participant is not null and social_care_participant is not null
                               and health_participant is not null and section47 is not null
                               and outcome is not null and trigger_plan_needed is not null)),
    check (held_at is null or held_at >= raised_at - interval '1 day')
);
create unique index strategy_discussion_open on strategy_discussion (child_id) where held_at is null;
create unique index strategy_discussion_episode on strategy_discussion (episode_id) where episode_id is not null;

create table trigger_plan (
    id                    uuid primary key,
    child_id              uuid        not null references child (id),
    version               integer     not null check (version > 0),
    effective_from        date        not null,
    review_on             date        not null,
    aim                   text        not null check (btrim(aim) <> ''),
    actions_on_report     text        not null check (btrim(actions_on_report) <> ''),
    places_and_contacts   text,
    shared_with_police_on date,
    police_recipient      varchar(200),
    recorded_by           uuid        not null references user_account (id),
    recorded_at           timestamptz not null,
    unique (child_id, version),
    check (review_on > effective_from),
    check ((shared_with_police_on is null) = (police_recipient is null))
);
