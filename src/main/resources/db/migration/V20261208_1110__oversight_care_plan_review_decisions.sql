-- The IRO's decision, after an episode of a looked-after child, whether the care plan needs a review
-- (DOMAIN.md MP-06; S10 "care planning and review"): one per episode, with the reason, never changed.
create table care_plan_review_decision (
    id            uuid primary key,
    episode_id    uuid        not null unique references episode (id),
    child_id      uuid        not null references child (id),
    review_needed boolean     not null,
    rationale     text        not null check (btrim(rationale) <> ''),
    decided_by    uuid        not null references user_account (id),
    decided_at    timestamptz not null
);
create index care_plan_review_decision_child on care_plan_review_decision (child_id, decided_at);
