-- Jaden's council risk screenings: three weeks ago the social worker rated him higher than the rule
-- suggested (the police had him at medium); for the episode now open both agencies rate him high.
insert into risk_screening (id, episode_id, child_id, version_id, screened_at, screened_by, screened_by_name,
                            age_when_last_seen, age_prompt, score, suggested_rating, rating, override_rationale) values
('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a61', '5847c850-b889-55fe-a4c8-11d94277adb5', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb',
 '3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', now() - interval '20 days' + interval '3 hours',
 '907a70c3-1012-f037-b64c-e4228c38fb29', 'Sam Okafor', 15, false, 4, 'MEDIUM', 'HIGH',
 'Third episode in four months, and staff have seen him picked up by cars late at night: the rule does not yet weigh that pattern'),
('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62', '769190ed-0c97-572f-8b9a-2ac7cd9010d2', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb',
 '3f5c2a7e-9d41-4b8e-a6c2-1e0b7d5f9a01', now() - interval '5 hours' + interval '2 hours',
 '907a70c3-1012-f037-b64c-e4228c38fb29', 'Sam Okafor', 15, false, 10, 'HIGH', 'HIGH', null);

insert into risk_screening_answer (screening_id, version_id, factor_code, answer, evidence)
select s.id, s.version_id, f.code,
       coalesce(a.answer, 'NOT_PRESENT'), a.evidence
  from risk_screening s
  join risk_instrument_factor f on f.version_id = s.version_id
  left join (values
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a61'::uuid, 'FAMILY_CONFLICT', 'CURRENT', 'Argument with staff about his phone before he left (shift log)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a61'::uuid, 'PEER_INFLUENCE', 'CURRENT', 'Friends from Yate encourage him to stay out (residential staff)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a61'::uuid, 'HISTORY', 'HISTORICAL', 'Two earlier episodes this year, both overnight (episode records)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a61'::uuid, 'EXPLOITATION', 'NOT_KNOWN', null),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62'::uuid, 'RISKY_ADULTS', 'CURRENT', 'Police intelligence: with an adult of concern (PC Patel, today)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62'::uuid, 'EXPLOITATION', 'CURRENT', 'Unexplained new phone and trainers; cars collecting him at night (staff)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62'::uuid, 'FAMILY_CONFLICT', 'CURRENT', 'Contact with his mother stopped last week (social worker)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62'::uuid, 'PEER_INFLUENCE', 'CURRENT', 'Same group of friends as in earlier episodes (staff)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62'::uuid, 'HISTORY', 'HISTORICAL', 'Three earlier episodes this year (episode records)'),
      ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62'::uuid, 'SOCIAL_MEDIA', 'NOT_KNOWN', 'Phone switched off; accounts not yet checked')
  ) as a (screening_id, code, answer, evidence) on a.screening_id = s.id and a.code = f.code
 where s.id in ('6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a61', '6a1e2f3c-5b7d-4e8f-9a0b-1c2d3e4f5a62');
