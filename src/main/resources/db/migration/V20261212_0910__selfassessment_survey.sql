-- The practitioner survey beside a cycle (issue 22, point 6): while the facilitator keeps it open, any practitioner
-- grades each area on the questionnaire's scale. A response is kept under a hash of the cycle and the person, so
-- that a practitioner may change theirs but nobody can see who answered what.
alter table selfassessment_cycle add column survey_open boolean not null default false;

create table selfassessment_survey_response (
    cycle_id    uuid        not null references selfassessment_cycle (id),
    respondent  char(64)    not null,
    area_key    varchar(60) not null,
    grade       varchar(30) not null,
    answered_at timestamptz not null,
    primary key (cycle_id, respondent, area_key)
);
