-- When each return home interview offer was met: the one definition the record page, the lists and
-- the measures read. The offer is met by the first attempt, an outcome (accepted, declined, child
-- missing again, not possible) or the interview itself, whichever came first; held_at is the
-- interview's, shared when one interview covers several episodes.
create or replace view rhi_offer_met as
select o.id as offer_id,
       a.first_attempt_at,
       i.held_at,
       least(a.first_attempt_at, o.outcome_at, i.held_at) as offered_at
  from rhi_offer o
  left join rhi_interview i on i.offer_id = coalesce(o.covered_by, o.id)
  left join lateral (select min(attempted_at) as first_attempt_at from rhi_attempt where offer_id = o.id) a on true;
