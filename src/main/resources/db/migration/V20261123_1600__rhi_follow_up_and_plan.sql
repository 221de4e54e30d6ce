-- One interview may cover several episodes of the same child (issue 4 item 5): each covered offer
-- points at the offer whose interview it shares, and keeps its own return time and deadline.
alter table rhi_offer add constraint rhi_offer_id_child unique (id, child_id);
alter table rhi_offer add column covered_by uuid references rhi_interview (offer_id);
alter table rhi_offer add constraint rhi_offer_covered_same_child
    foreign key (covered_by, child_id) references rhi_offer (id, child_id);
alter table rhi_offer add constraint rhi_offer_not_covering_itself check (covered_by <> id);
create index rhi_offer_covered_by on rhi_offer (covered_by) where covered_by is not null;

-- The decision on support and any referral (DOMAIN.md RHI-03).
alter table rhi_interview add column support_decision varchar(20)
    check (support_decision in ('NONE', 'RHI_SERVICE', 'REFERRAL'));
alter table rhi_interview add column referral_to text;
alter table rhi_interview add constraint rhi_interview_referral_named
    check (support_decision is distinct from 'REFERRAL' or referral_to is not null);

-- Follow-up actions, each with an owner and a due date (RHI-03).
create table rhi_action (
    id          uuid primary key,
    offer_id    uuid         not null references rhi_interview (offer_id),
    position    integer      not null,
    action      text         not null check (btrim(action) <> ''),
    owner_id    uuid         not null references user_account (id),
    due_on      date         not null,
    done_at     timestamptz,
    done_by     uuid references user_account (id),
    unique (offer_id, position),
    check ((done_at is null) = (done_by is null))
);
create index rhi_action_owner_open on rhi_action (owner_id, due_on) where done_at is null;

-- The plan owner's task to reflect an interview's findings in the child's plan, due within
-- 5 working days of the interview (RHI-03; sources/000: RHIs were not used to shape plans).
create table rhi_plan_review (
    offer_id     uuid primary key references rhi_interview (offer_id),
    child_id     uuid        not null references child (id),
    owner_id     uuid references user_account (id),
    due_on       date        not null,
    created_at   timestamptz not null,
    reflected_at timestamptz,
    reflected_by uuid references user_account (id),
    plan_change  text,
    check ((reflected_at is null) = (reflected_by is null)),
    check ((reflected_at is null) = (plan_change is null))
);
create index rhi_plan_review_child on rhi_plan_review (child_id) where reflected_at is null;
create index rhi_plan_review_owner on rhi_plan_review (owner_id, due_on) where reflected_at is null;
