-- Counting a council's open offers reads the index alone: the columns the count tests are in it.
set local statement_timeout = 0;
drop index rhi_offer_open_child;
create index rhi_offer_open_child on rhi_offer (child_id, due_at) include (not_offered_reason, signed_off_by)
    where interview_held_at is null and (outcome is null or outcome = 'ACCEPTED');
