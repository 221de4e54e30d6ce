-- The demo's held return home interviews with their harms coded, and the places on the child's record
-- the child named linked to the interview, so that the measures page has coded findings to count.
insert into rhi_factor (offer_id, vocabulary, code, detail)
select i.offer_id, 'rhi-harm', 'NO_HARM', null from rhi_interview i
 where i.harm = 'No harm disclosed'
on conflict do nothing;

insert into rhi_interview_location (offer_id, location_id)
select distinct i.offer_id, k.location_id
  from rhi_interview i join rhi_offer o on o.id = i.offer_id
  join location_link k on k.child_id = o.child_id and k.kind = 'frequented'
on conflict do nothing;
