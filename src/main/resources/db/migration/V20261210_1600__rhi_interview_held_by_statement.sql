-- The offers an interview statement changed, found by two semi-joins: the single "id in (...) or covered_by in
-- (...)" could not hash a large statement's rows, so a bulk import compared every offer with every interview.
create or replace function rhi_interview_held() returns trigger language plpgsql as $$
begin
    update rhi_offer o set interview_held_at = (select held_at from rhi_interview i where i.offer_id = o.id)
     where o.covered_by is null and o.id in (select offer_id from changed_rows);
    update rhi_offer o set interview_held_at = (select held_at from rhi_interview i where i.offer_id = o.covered_by)
     where o.covered_by in (select offer_id from changed_rows);
    return null;
end $$;
