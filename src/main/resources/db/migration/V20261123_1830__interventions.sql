-- The child's missing risk-management plan: interventions, who is responsible, and impact reviews
-- every few weeks (default 6) that record whether each one helped (DOMAIN.md MP-04; sources/000).
create table intervention (
    id             uuid primary key,
    child_id       uuid        not null references child (id),
    description    text        not null check (btrim(description) <> ''),
    responsible_id uuid        not null references user_account (id),
    started_on     date        not null,
    review_weeks   integer     not null default 6 check (review_weeks between 1 and 52),
    ended_on       date,
    recorded_by    uuid        not null references user_account (id),
    recorded_at    timestamptz not null,
    check (ended_on is null or ended_on >= started_on)
);
create index intervention_child on intervention (child_id);
create index intervention_responsible on intervention (responsible_id) where ended_on is null;

create table intervention_review (
    id              uuid primary key,
    intervention_id uuid         not null references intervention (id),
    reviewed_on     date         not null,
    improved        varchar(10)  not null check (improved in ('YES', 'PARTLY', 'NO')),
    evidence        text         not null check (btrim(evidence) <> ''),
    episodes_before integer      not null,
    hours_before    numeric(9,1) not null,
    episodes_after  integer      not null,
    hours_after     numeric(9,1) not null,
    recorded_by     uuid         not null references user_account (id),
    recorded_at     timestamptz  not null
);
create index intervention_review_intervention on intervention_review (intervention_id, reviewed_on);
