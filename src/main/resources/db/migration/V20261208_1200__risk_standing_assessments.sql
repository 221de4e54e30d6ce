-- Every looked-after child's standing "risk of going missing" assessment and plan (DOMAIN.md RA-03),
-- made on entering care and at each placement change, with or without episodes. Each one is kept as
-- made: the latest is the current one until its review date or the next placement change.
create table standing_assessment (
    id               uuid primary key,
    child_id         uuid          not null references child (id),
    -- The placement assessed (its area among it); no foreign key, so that placements are erased freely.
    placement_id     uuid,
    assessed_on      date          not null,
    risk_level       varchar(10)   not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    area_risk        varchar(10)   not null check (area_risk in ('LOW', 'MEDIUM', 'HIGH')),
    area_notes       varchar(4000) not null,
    triggers         varchar(4000) not null,
    plan             varchar(4000) not null,
    child_views      varchar(4000) not null,
    review_due       date          not null check (review_due >= assessed_on),
    recorded_by      uuid          not null references user_account (id),
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamptz   not null
);
create index standing_assessment_child on standing_assessment (child_id, assessed_on desc, recorded_at desc);
