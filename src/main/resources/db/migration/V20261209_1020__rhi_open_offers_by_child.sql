-- A council's open offers are found from its children (the involvement table) when open offers are many:
-- the national-scale data set holds 1.9 million offers never met, and one council's are 5,000 of them.
set local statement_timeout = 0;
create index rhi_offer_open_child on rhi_offer (child_id, due_at)
    where interview_held_at is null and (outcome is null or outcome = 'ACCEPTED');
analyze rhi_offer;
analyze episode;
