-- Return home interviews (DOMAIN.md F.5, RHI-01, RHI-02, RHI-04, RHI-09, RHI-10).
-- One offer per episode, opened when the child is located or returns, due 72 clock hours later.
create table rhi_offer (
    id                        uuid primary key,
    episode_id                uuid        not null unique references episode (id),
    child_id                  uuid        not null references child (id),
    returned_at               timestamptz not null,
    due_at                    timestamptz not null,
    provider_agency_id        uuid references agency (id),
    out_of_area               boolean     not null default false,
    placing_authority_id      uuid references agency (id),
    host_authority_id         uuid references agency (id),
    responsible               varchar(10) not null default 'PLACING' check (responsible in ('PLACING', 'HOST')),
    not_offered_reason        text,
    not_offered_by            uuid references user_account (id),
    not_offered_at            timestamptz,
    signed_off_by             uuid references user_account (id),
    signed_off_at             timestamptz,
    outcome                   varchar(20) check (outcome in ('ACCEPTED', 'DECLINED', 'MISSING_AGAIN', 'NOT_POSSIBLE')),
    outcome_reason            text,
    outcome_at                timestamptz,
    outcome_by                uuid references user_account (id),
    parent_carer_information  text,
    created_at                timestamptz not null,
    version                   bigint      not null default 0,
    check (due_at = returned_at + interval '72 hours'),
    check ((outcome is null) = (outcome_reason is null)),
    check (signed_off_by is null or (not_offered_reason is not null and signed_off_by <> not_offered_by))
);
create index rhi_offer_provider_due on rhi_offer (provider_agency_id, due_at);

create table rhi_attempt (
    id            uuid primary key,
    offer_id      uuid        not null references rhi_offer (id),
    attempted_at  timestamptz not null,
    method        varchar(20) not null check (method in ('FACE_TO_FACE', 'PHONE', 'TEXT', 'LETTER', 'OTHER')),
    result        text        not null,
    recorded_by   uuid        not null references user_account (id),
    recorded_at   timestamptz not null
);
create index rhi_attempt_offer on rhi_attempt (offer_id, attempted_at);

create table rhi_interview (
    offer_id                  uuid primary key references rhi_offer (id),
    held_at                   timestamptz  not null,
    interviewer_name          varchar(200) not null,
    interviewer_role          varchar(30)  not null,
    interviewer_agency        varchar(200) not null,
    independent               boolean      not null,
    child_chose_known_worker  boolean      not null default false,
    where_went                text,
    who_with                  text,
    travel                    text,
    how_returned              text,
    harm                      text         not null,
    exploitation              boolean      not null,
    exploitation_detail       text,
    health                    text,
    education                 text,
    feeling_safe              text,
    staying_safe_given        boolean      not null,
    helpline_given            boolean      not null,
    child_words               text,
    child_words_not_obtained  text,
    consent_to_share          boolean      not null,
    share_with                text,
    recorded_by               uuid         not null references user_account (id),
    recorded_at               timestamptz  not null,
    check (child_words is not null or child_words_not_obtained is not null),
    check (independent or child_chose_known_worker)
);

-- Push and pull factors coded from the taxonomy in force when the interview was held.
create table rhi_factor (
    offer_id   uuid        not null references rhi_interview (offer_id),
    vocabulary varchar(50) not null check (vocabulary in ('rhi-push-factor', 'rhi-pull-factor')),
    code       varchar(30) not null,
    detail     text,
    primary key (offer_id, vocabulary, code)
);

-- Defaults from the South Gloucestershire protocol (sources/003) and DfE-derived examples (DOMAIN.md D).
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('rhi-push-factor', 'HOME_PROBLEMS', 'Problems at home (arguments to abuse or neglect)', 1),
('rhi-push-factor', 'FAMILY_BREAKUP', 'Family break-up or parents'' conflict', 2),
('rhi-push-factor', 'MENTAL_HEALTH', 'Mental health problems', 3),
('rhi-push-factor', 'BULLYING', 'Bullying', 4),
('rhi-push-factor', 'PREGNANCY', 'Pregnancy or fear of pregnancy', 5),
('rhi-push-factor', 'SCHOOL', 'Problems at school', 6),
('rhi-push-factor', 'PLACEMENT', 'Unhappy in the placement', 7),
('rhi-push-factor', 'PUSH_OTHER', 'Other reason for leaving', 99),
('rhi-pull-factor', 'FRIENDS_FAMILY', 'To be near friends or family', 1),
('rhi-pull-factor', 'PARTNER', 'Boyfriend or girlfriend', 2),
('rhi-pull-factor', 'GROOMING', 'Grooming for sexual exploitation or trafficking', 3),
('rhi-pull-factor', 'PEER_PRESSURE', 'Peer pressure or parties', 4),
('rhi-pull-factor', 'DRUGS_ALCOHOL', 'Drugs or alcohol', 5),
('rhi-pull-factor', 'PULL_OTHER', 'Other reason drawn away', 99);

insert into vocabulary_term (vocabulary, code, label, sort_order) values
('rhi-interviewer-role', 'INDEPENDENT', 'Independent return interview worker', 1),
('rhi-interviewer-role', 'OTHER_PROFESSIONAL', 'Other professional not involved in the child''s care', 2),
('rhi-interviewer-role', 'SOCIAL_WORKER', 'The child''s allocated social worker', 3),
('rhi-interviewer-role', 'PLACEMENT_STAFF', 'Placement staff', 4),
('rhi-interviewer-role', 'CARER', 'The child''s carer', 5);
