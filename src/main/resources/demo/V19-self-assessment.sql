-- A self-assessment under way (issue 22): facilitated by the named senior manager, with the team manager and the
-- police coordinator, on the shipped reconstruction (loaded at start-up before the demo data). Part one is
-- answered for three areas; exploitation is flagged for part two.
insert into selfassessment_cycle (id, name, questionnaire_id, council_id, facilitator_id, separate_answers, previous_id, created_at)
select '5e1fa55e-0000-4000-8000-000000000001', 'Missing children response 2026', q.id, null,
       'ec66a787-95e7-61d1-7731-af10506bf2ef', false, null, now() - interval '7 days'
  from selfassessment_questionnaire q where q.key = 'missing-response' and q.version = 'reconstruction-1';

insert into selfassessment_participant (cycle_id, user_id, agency_id, wants_copy)
select '5e1fa55e-0000-4000-8000-000000000001', u.id, u.agency_id, u.username <> 'lead'
  from user_account u where u.username in ('lead', 'manager', 'coordinator');

insert into selfassessment_answer (cycle_id, question_key, grade, note, updated_by_name, updated_at) values
('5e1fa55e-0000-4000-8000-000000000001', 'leadership-named-leads', '3', 'Both named in the protocol', 'Lesley Grant', now() - interval '7 days'),
('5e1fa55e-0000-4000-8000-000000000001', 'leadership-protocol', '2', null, 'Lesley Grant', now() - interval '7 days'),
('5e1fa55e-0000-4000-8000-000000000001', 'data-reconciled', '1', 'Police and council counts differ by a fifth', 'Lesley Grant', now() - interval '7 days'),
('5e1fa55e-0000-4000-8000-000000000001', 'data-analysis', '2', null, 'Lesley Grant', now() - interval '7 days'),
('5e1fa55e-0000-4000-8000-000000000001', 'exploitation-screening', 'dont-know', 'Nobody in the room knew', 'Lesley Grant', now() - interval '7 days');

insert into selfassessment_action (id, cycle_id, area_key, question_key, text, owner, due_on, status, created_by_name, created_at) values
('5e1fa55e-0000-4000-8000-000000000002', '5e1fa55e-0000-4000-8000-000000000001', 'data', 'data-reconciled',
 'Reconcile last quarter''s police and council figures', 'Morgan Reid, South Gloucestershire Council',
 current_date + 30, 'OPEN', 'Lesley Grant', now() - interval '7 days');

update selfassessment_cycle set survey_open = true where id = '5e1fa55e-0000-4000-8000-000000000001';
