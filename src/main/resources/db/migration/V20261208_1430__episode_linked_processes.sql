-- Processes an episode is linked to (DOMAIN.md MP-07): a child protection plan, an exploitation panel (MASE
-- or MACE), the youth offending service, a National Referral Mechanism referral for suspected trafficking.
-- Each is kept with its reference, its date, who linked it and when; the link is also a step in the
-- episode's history, and so in the child's chronology.
insert into vocabulary_term (vocabulary, code, label, sort_order, effective_from, effective_to) values
('linked-process', 'CHILD_PROTECTION_PLAN', 'Child protection plan', 1, date '1900-01-01', null),
('linked-process', 'EXPLOITATION_PANEL', 'Exploitation panel (MASE or MACE)', 2, date '1900-01-01', null),
('linked-process', 'YOUTH_OFFENDING', 'Youth offending service', 3, date '1900-01-01', null),
('linked-process', 'NRM_REFERRAL', 'National Referral Mechanism referral (suspected trafficking or modern slavery)', 4,
 date '1900-01-01', null);

create table episode_link (
    id               uuid primary key,
    episode_id       uuid          not null references episode (id),
    kind             varchar(30)   not null,
    reference        varchar(100)  not null check (btrim(reference) <> ''),
    dated_on         date          not null,
    note             varchar(2000),
    recorded_by      uuid references user_account (id),
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamptz   not null
);
create index episode_link_episode on episode_link (episode_id, dated_on);
