-- A second care provider, a fostering agency, with a carer: children move between providers, and the
-- Philomena profile and the standing risk of going missing assessment move with them.
insert into agency (id, name, kind, ons_code, dfe_code) values
('5b0e8f3a-2c41-4d7e-9a61-0f3c2d8e7b14', 'Meadowbank Fostering', 'CARE_PROVIDER', null, null);
insert into team (id, agency_id, name) values
('7c2d4e6f-8a9b-4c1d-8e2f-3a4b5c6d7e8f', '5b0e8f3a-2c41-4d7e-9a61-0f3c2d8e7b14', 'Meadowbank foster carers');
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('2e4f6a8c-1b3d-4f5e-9a7c-0d2e4f6a8b1c', 'fostercarer', 'Fran Mills', 'fostercarer@homeward.example', '{demo-password}',
 '5b0e8f3a-2c41-4d7e-9a61-0f3c2d8e7b14', '7c2d4e6f-8a9b-4c1d-8e2f-3a4b5c6d7e8f');
insert into user_role (user_id, role) values
('2e4f6a8c-1b3d-4f5e-9a7c-0d2e4f6a8b1c', 'CARE_WORKER');

-- Amelia Hart's standing assessment, made when she was placed; the other named children in care have
-- none yet and are on the managers' exceptions list.
insert into standing_assessment (id, child_id, placement_id, assessed_on, risk_level, area_risk, area_notes, triggers,
                                 plan, child_views, review_due, recorded_by, recorded_by_name, recorded_at)
select '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', p.child_id, p.id, current_date - 30, 'MEDIUM', 'MEDIUM',
       'Ten minutes from the city centre bus station; no known exploitation hotspots on the estate.',
       'Being refused late nights out; contact arrangements with her father falling through.',
       'Agreed return times with a call from staff 30 minutes after; key worker session each week; report to police after one hour past the agreed time.',
       'Amelia says she wants more say over when she sees her friends.',
       current_date + 152, '907a70c3-1012-f037-b64c-e4228c38fb29', 'Sam Okafor', now() - interval '30 days'
  from placement p where p.child_id = '57ee05cd-e009-02c7-7ebf-f20686734721'
 order by p.start_date desc limit 1;
