-- Return home interview offers for the demo's returned episodes, assigned to the Safe Return Project.
insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, provider_agency_id, out_of_area,
                       placing_authority_id, host_authority_id, created_at)
select md5('rhi-offer' || e.id::text)::uuid, e.id, e.child_id, e.located_at, e.located_at + interval '72 hours',
       '6b0d549b-6f03-675a-1600-a35a099950d8', coalesce(p.placing_authority_id <> p.host_authority_id, false),
       p.placing_authority_id, p.host_authority_id, e.located_at
  from episode e left join placement p on p.id = e.placement_id
 where e.located_at is not null;

insert into rhi_attempt (id, offer_id, attempted_at, method, result, recorded_by, recorded_at)
select md5('rhi-attempt' || o.id::text)::uuid, o.id, o.returned_at + interval '20 hours', 'PHONE',
       'Spoke to the child; interview arranged', '7f150524-34b9-b5df-9e77-69b10f4205b4', o.returned_at + interval '20 hours'
  from rhi_offer o where o.episode_id in ('2af46953-8707-5070-8ff8-d87b57ae080d', '5847c850-b889-55fe-a4c8-11d94277adb5',
                                          'd409b8eb-08c6-502d-a268-5aad9f125961', 'c96cdac4-c0f3-50c4-8f16-c87ed376f4bd');

insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency, independent,
                           child_chose_known_worker, where_went, who_with, travel, how_returned, harm, exploitation,
                           exploitation_detail, health, education, feeling_safe, staying_safe_given, helpline_given,
                           child_words, consent_to_share, share_with, recorded_by, recorded_at)
select o.id, o.returned_at + interval '46 hours', 'Rhian Hughes', 'INDEPENDENT', 'Safe Return Project', true, false,
       'A friend''s flat in Kingswood', 'Two older friends', 'Bus', 'Walked back in the morning',
       'No harm disclosed', false, null, 'Tired; no other needs', 'Missed one day of school', 'Feels safe at home now',
       true, true, 'I just needed to get away from the arguing for a bit. I didn''t think anyone would worry.',
       true, 'Social worker', '7f150524-34b9-b5df-9e77-69b10f4205b4', o.returned_at + interval '47 hours'
  from rhi_offer o where o.episode_id in ('2af46953-8707-5070-8ff8-d87b57ae080d', '5847c850-b889-55fe-a4c8-11d94277adb5',
                                          'd409b8eb-08c6-502d-a268-5aad9f125961');

insert into rhi_factor (offer_id, vocabulary, code, detail)
select o.id, 'rhi-push-factor', 'HOME_PROBLEMS', 'Arguments at home' from rhi_offer o
 where o.episode_id in ('2af46953-8707-5070-8ff8-d87b57ae080d', '5847c850-b889-55fe-a4c8-11d94277adb5',
                        'd409b8eb-08c6-502d-a268-5aad9f125961');
insert into rhi_factor (offer_id, vocabulary, code, detail)
select o.id, 'rhi-pull-factor', 'FRIENDS_FAMILY', 'Wanted to see friends' from rhi_offer o
 where o.episode_id in ('2af46953-8707-5070-8ff8-d87b57ae080d', '5847c850-b889-55fe-a4c8-11d94277adb5',
                        'd409b8eb-08c6-502d-a268-5aad9f125961');

update rhi_offer set outcome = 'ACCEPTED', outcome_reason = 'Interview held', outcome_at = returned_at + interval '47 hours',
       outcome_by = '7f150524-34b9-b5df-9e77-69b10f4205b4'
 where episode_id in ('2af46953-8707-5070-8ff8-d87b57ae080d', '5847c850-b889-55fe-a4c8-11d94277adb5',
                      'd409b8eb-08c6-502d-a268-5aad9f125961');
update rhi_offer set outcome = 'DECLINED', outcome_reason = 'Did not want to talk about it',
       outcome_at = returned_at + interval '30 hours', outcome_by = '7f150524-34b9-b5df-9e77-69b10f4205b4',
       parent_carer_information = 'Residential staff think friends in Bristol are drawing her away'
 where episode_id = 'c96cdac4-c0f3-50c4-8f16-c87ed376f4bd';
