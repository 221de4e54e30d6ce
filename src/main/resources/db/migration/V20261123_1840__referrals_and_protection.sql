-- Referrals to the front door with the local Levels of Help threshold (MP-05), and police protection,
-- emergency accommodation and disruption with times, places and who authorised them (MP-08, MP-09).
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('levels-of-help', 'UNIVERSAL', 'Level 1: universal services', 1),
('levels-of-help', 'EARLY_HELP', 'Level 2: early help', 2),
('levels-of-help', 'TARGETED', 'Level 3: targeted (multi-agency) help', 3),
('levels-of-help', 'SPECIALIST', 'Level 4: specialist or statutory (child in need, child protection)', 4),
('protective-measure', 'POLICE_PROTECTION', 'Police protection (Children Act 1989 section 46)', 1),
('protective-measure', 'EMERGENCY_ACCOMMODATION', 'Emergency accommodation', 2),
('protective-measure', 'CAWN', 'Child Abduction Warning Notice', 3),
('protective-measure', 'OTHER_DISRUPTION', 'Other disruption', 4);

create table front_door_referral (
    id              uuid primary key,
    child_id        uuid         not null references child (id),
    referred_at     timestamptz  not null,
    referred_to     varchar(200) not null check (btrim(referred_to) <> ''),
    reason          text         not null check (btrim(reason) <> ''),
    level_of_help   varchar(30)  not null,
    assessment_type varchar(200),
    outcome         text,
    outcome_on      date,
    recorded_by     uuid         not null references user_account (id),
    recorded_at     timestamptz  not null,
    check ((outcome is null) = (outcome_on is null))
);
create index front_door_referral_child on front_door_referral (child_id, referred_at);

create table protective_measure (
    id            uuid primary key,
    child_id      uuid         not null references child (id),
    kind          varchar(30)  not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz,
    place         varchar(500),
    authorised_by varchar(200) not null check (btrim(authorised_by) <> ''),
    subject       varchar(200),
    details       text,
    recorded_by   uuid         not null references user_account (id),
    recorded_at   timestamptz  not null,
    check (ends_at is null or ends_at >= starts_at),
    check (kind not in ('POLICE_PROTECTION', 'EMERGENCY_ACCOMMODATION') or place is not null),
    check (kind not in ('CAWN', 'OTHER_DISRUPTION') or subject is not null)
);
create index protective_measure_child on protective_measure (child_id, starts_at);
