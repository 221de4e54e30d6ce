-- When the child declines the interview, the allocated social worker decides what happens next
-- (DOMAIN.md RHI-03, RHI-04): the decision, who made it and when, on the offer.
alter table rhi_offer
    add column next_step    text,
    add column next_step_by uuid references user_account (id),
    add column next_step_at timestamptz,
    add constraint rhi_offer_next_step_whole check ((next_step is null) = (next_step_at is null));
