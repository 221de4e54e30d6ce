-- The council's missing risk screening (DOMAIN.md D.4, RA-02, RA-07), completed afresh for each episode.
-- The instrument is versioned data: a version, once published, never changes, and each screening keeps
-- the version it was made with and its own answers, so publishing a new version alters no past screening.

insert into vocabulary_term (vocabulary, code, label, sort_order, effective_from, effective_to) values
('council-risk', 'LOW', 'Low', 1, date '2014-01-01', null),
('council-risk', 'MEDIUM', 'Medium', 2, date '2014-01-01', null),
('council-risk', 'HIGH', 'High', 3, date '2014-01-01', null);

-- One version of the instrument. The version in force on a day is the one with the latest
-- effective_from on or before it (the higher version number on a tie). The rule is part of the
-- version: each current factor scores its weight, each historical one scores 1; a total at or above
-- medium_from suggests medium, at or above high_from high, and any current critical factor high.
create table risk_instrument_version (
    id              uuid primary key,
    version         integer      not null unique check (version > 0),
    title           varchar(200) not null,
    effective_from  date         not null,
    medium_from     integer      not null check (medium_from > 0),
    high_from       integer      not null,
    change_note     text,
    published_at    timestamptz  not null,
    published_by    varchar(200) not null,
    check (high_from > medium_from)
);
create index risk_instrument_version_in_force on risk_instrument_version (effective_from desc, version desc);

create table risk_instrument_factor (
    version_id  uuid         not null references risk_instrument_version (id),
    code        varchar(30)  not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    section     varchar(100) not null,
    label       varchar(200) not null,
    guidance    text         not null,
    weight      integer      not null check (weight between 0 and 5),
    critical    boolean      not null default false,
    sort_order  integer      not null,
    primary key (version_id, code)
);

create function risk_instrument_published() returns trigger language plpgsql as $$
begin
    raise exception 'A published risk screening version cannot change (%): publish a new version', tg_op;
end;
$$;
create trigger risk_instrument_version_fixed before update or delete on risk_instrument_version
    for each row execute function risk_instrument_published();
create trigger risk_instrument_factor_fixed before update or delete on risk_instrument_factor
    for each row execute function risk_instrument_published();

-- A screening: re-doing it adds a new one, so the episode keeps every screening made. The suggested
-- rating and score are stored as the rule gave them then; a rating other than the suggestion needs a rationale.
create table risk_screening (
    id                  uuid primary key,
    episode_id          uuid         not null references episode (id),
    child_id            uuid         not null references child (id),
    version_id          uuid         not null references risk_instrument_version (id),
    screened_at         timestamptz  not null,
    screened_by         uuid         not null references user_account (id),
    screened_by_name    varchar(200) not null,
    age_when_last_seen  integer      not null,
    age_prompt          boolean      not null,
    score               integer      not null,
    suggested_rating    varchar(10)  not null check (suggested_rating in ('LOW', 'MEDIUM', 'HIGH')),
    rating              varchar(10)  not null check (rating in ('LOW', 'MEDIUM', 'HIGH')),
    override_rationale  text,
    unique (id, version_id),
    check (rating = suggested_rating or btrim(coalesce(override_rationale, '')) <> '')
);
create index risk_screening_episode on risk_screening (episode_id, screened_at desc);
create index risk_screening_child on risk_screening (child_id, screened_at desc);

-- Every factor of the version is answered; "not known" is an answer, never a blank.
create table risk_screening_answer (
    screening_id  uuid        not null,
    version_id    uuid        not null,
    factor_code   varchar(30) not null,
    answer        varchar(12) not null check (answer in ('CURRENT', 'HISTORICAL', 'NOT_KNOWN', 'NOT_PRESENT')),
    evidence      text,
    primary key (screening_id, factor_code),
    foreign key (screening_id, version_id) references risk_screening (id, version_id),
    foreign key (version_id, factor_code) references risk_instrument_factor (version_id, code),
    check (answer not in ('CURRENT', 'HISTORICAL') or btrim(coalesce(evidence, '')) <> '')
);

create function risk_screening_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'A risk screening is kept as made (%): screen again instead', tg_op;
end;
$$;
create trigger risk_screening_kept before update or delete on risk_screening
    for each row execute function risk_screening_append_only();
create trigger risk_screening_answer_kept before update or delete on risk_screening_answer
    for each row execute function risk_screening_append_only();

-- Version 1: the risk factors of the South Gloucestershire procedure (sources/003, "Assessing risk"),
-- with the factors of the "Missing from Local Authority Care Risk Assessment" (S62) it lacks:
-- breach of bail, a threat to harm another, and the ability to interact safely.
insert into risk_instrument_version (id, version, title, effective_from, medium_from, high_from, change_note,
                                     published_at, published_by)
values ('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 1, 'Missing risk screening', date '2014-01-01', 4, 10,
        'South Gloucestershire risk factors (sources/003) with breach of bail, threat to others and ability to interact safely (S62)',
        timestamptz '2026-11-23 17:00:00+00', 'Homeward');

insert into risk_instrument_factor (version_id, code, section, label, guidance, weight, critical, sort_order) values
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'LEGAL_STATUS', 'The child', 'Legal status',
 'For example looked after, on a child protection plan, remanded or on bail. Current if the child’s legal status adds to the risk now.', 1, false, 1),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'AGE', 'The child', 'Age',
 '10 or under, 11 to 14, or 15 to 17. Current if the child’s age makes them more vulnerable while missing.', 2, false, 2),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'MATURITY', 'The child', 'Maturity and general vulnerability',
 'Including lacking awareness of the risks of going missing, and learning difficulties.', 2, false, 3),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'INTERACT_SAFELY', 'The child', 'Ability to interact safely with others',
 'May not have the physical ability to interact safely with others or in an unknown environment, for example a visual impairment or other disability.', 2, false, 4),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'STATE_OF_MIND', 'This absence', 'State of mind',
 'Unusual behaviour before disappearing, disappeared with no prior indication, or seemed troubled.', 2, false, 5),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'ENVIRONMENT', 'This absence', 'Environmental factors',
 'Weather, time of year, time of day, community events.', 1, false, 6),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'FAMILY_CONFLICT', 'This absence', 'Family or relationship problems',
 'Recent family conflict or abuse; missing to or from someone or a situation; circumstances in the home or foster home relevant to the absence.', 2, false, 7),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'HISTORY', 'This absence', 'Previous missing episodes',
 'Previous behaviour and patterns, especially having come to harm or been exposed to harm while missing before.', 1, false, 8),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'MEDICATION', 'Health', 'Essential medication or treatment',
 'Needs medication or treatment not readily available while missing, for example an inhaler or insulin.', 3, true, 9),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'MENTAL_ILLNESS', 'Health', 'Mental illness or psychological disorder',
 'That increases the risk of harm to themselves or others.', 2, false, 10),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'SELF_HARM', 'Health', 'Suicide or self-harm',
 'A history of suspected suicide attempts or self-harm. Current if attempted or threatened just before going missing.', 3, true, 11),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'SUBSTANCE_MISUSE', 'Health', 'Drug, alcohol or substance misuse',
 'A tendency to misuse or depend on drugs, alcohol or other substances, or significantly under their influence.', 2, false, 12),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'RISKY_ADULTS', 'Harm and exploitation', 'Associates who present a risk of harm',
 'Known to associate with adults or children who present a risk of harm, for example sexual offenders or offenders against children.', 3, false, 13),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'BULLYING', 'Harm and exploitation', 'Bullying or harassment',
 'An ongoing victim of bullying or harassment, for example racial or sexual.', 1, false, 14),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'EXPLOITATION', 'Harm and exploitation', 'Exploitation, trafficking or abduction',
 'A victim or potential victim of sexual or criminal exploitation, abduction, forced marriage, female genital mutilation or trafficking; predatory influences wanting to use the child for crime, sex or drugs.', 3, false, 15),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'PEER_INFLUENCE', 'Harm and exploitation', 'Influence of peers, family or friends',
 'Peer groups, family members or friends drawing the child away or into risk.', 1, false, 16),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'DANGER_TO_OTHERS', 'Behaviour', 'Danger to others and risk of offending',
 'Including involvement in a violent or racial incident or confrontation before disappearing.', 2, false, 17),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'THREAT_TO_OTHERS', 'Behaviour', 'Threat to harm another person',
 'A threat made to harm someone. Give the details of the threat and potential victims, and tell the police.', 3, true, 18),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'BAIL_BREACH', 'Behaviour', 'Breach of bail',
 'Missing in breach of bail conditions.', 2, false, 19),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'LOCATIONS', 'Places and daily life', 'Locations of concern',
 'Places where the child’s presence will or will not be permitted, or that are a cause of concern.', 1, false, 20),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'FINANCES', 'Places and daily life', 'Financial problems',
 'Debts, unexplained money or gifts, or no money to get home.', 1, false, 21),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'SOCIAL_MEDIA', 'Places and daily life', 'Social media and online contact',
 'Use of social networking sites or apps that is a cause of concern, including contact with people met online.', 1, false, 22),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'SCHOOL', 'Places and daily life', 'School, college or employment problems',
 'Exclusion, unexplained absence, or problems at school, college, training or work.', 1, false, 23),
('3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', 'OTHER', 'Places and daily life', 'Any other circumstances',
 'Anything else at the time of the incident that might be relevant.', 1, false, 24);
