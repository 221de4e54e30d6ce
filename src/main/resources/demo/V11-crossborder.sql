-- Cross-border notices (DOMAIN.md XB-01 to XB-03): Bristol's education and health services, a Bristol
-- team manager to receive notices (in no team, so no work of a child without an authority falls to
-- Bristol), which agencies serve each area, and the notices for the two demo
-- placements across the boundary (Tyler, placed in South Gloucestershire by Bristol, whose host was
-- told; Kacper, placed in Bristol by South Gloucestershire, whose host has not been told yet).
insert into agency (id, name, kind, ons_code, dfe_code) values
('b707a2d9-831d-45f5-b907-d6ff78efccba', 'Bristol Schools Inclusion Service', 'EDUCATION', null, null),
('eeabfeed-28a9-49f0-8289-e40980732ec7', 'Bristol Community Health', 'HEALTH', null, null);
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('e20b3351-553e-402d-a644-2240b2a2511e', 'bristol', 'Bea Bristow', 'bristol@homeward.example', '{demo-password}', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', null);
insert into user_role (user_id, role) values
('e20b3351-553e-402d-a644-2240b2a2511e', 'TEAM_MANAGER');
insert into crossborder_area_agency (authority_id, kind, agency_id) values
('6513270e-269e-0d37-f2a7-4de452e6b438', 'EDUCATION', '90c192cf-d3ac-94af-0f21-ddb66cad4a26'),
('6513270e-269e-0d37-f2a7-4de452e6b438', 'HEALTH', '8d116ece-1738-f7d9-3d9c-172411e20b8f'),
('d23f0824-128b-2f33-0c5c-7fd0a6a3a450', 'EDUCATION', 'b707a2d9-831d-45f5-b907-d6ff78efccba'),
('d23f0824-128b-2f33-0c5c-7fd0a6a3a450', 'HEALTH', 'eeabfeed-28a9-49f0-8289-e40980732ec7');

insert into crossborder_placement (placement_id, child_id, placing_authority_id, host_authority_id, placing_contact,
                                   iro_contact, ehc_plan, maintaining_authority, notified_at, notified_by, created_at) values
('f94b57d7-75e9-5703-966a-735cf1329d6b', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450',
 '6513270e-269e-0d37-f2a7-4de452e6b438', 'Bea Bristow, team manager, Bristol children in care team, 0117 922 2000',
 'Ian Reeves, IRO, Bristol City Council, 0117 922 2100', 'NO', null, now() - interval '200 days',
 'e20b3351-553e-402d-a644-2240b2a2511e', now() - interval '200 days'),
('137f4ac3-404b-5208-80ae-14be17f04d0b', '6bf46c69-7d2c-af82-eeea-cbe226e87555', '6513270e-269e-0d37-f2a7-4de452e6b438',
 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', null, null, null, null, null, null, now() - interval '90 days');

insert into crossborder_notice (id, kind, child_id, placement_id, episode_id, recipient, from_agency_id, to_agency_id,
                                to_agency_name, by_hand, summary, content, created_at, sent_at, sent_by,
                                acknowledged_at, acknowledged_by) values
('579dd1de-4612-49f2-8ebf-08c6311d68a3', 'PLACEMENT', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'f94b57d7-75e9-5703-966a-735cf1329d6b', null,
 'HOST_AUTHORITY', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', '6513270e-269e-0d37-f2a7-4de452e6b438', 'South Gloucestershire Council', false,
 'Out-of-area placement: a child placed by Bristol City Council in South Gloucestershire Council''s area',
 E'Child\tTyler Brooks\nDate of birth\t22 November 2008\nLegal status\tLooked after: full care order\nPlaced by\tBristol City Council\nPlacement\tChildren''s home: Oakfield House, 12 Oak Lane, Yate\nHost authority\tSouth Gloucestershire Council\nHost police force\tAvon and Somerset Police\nPlacing authority contact\tBea Bristow, team manager, Bristol children in care team, 0117 922 2000\nIndependent reviewing officer (IRO)\tIan Reeves, IRO, Bristol City Council, 0117 922 2100\nEducation, health and care plan\tNo',
 now() - interval '200 days', now() - interval '200 days', 'e20b3351-553e-402d-a644-2240b2a2511e',
 now() - interval '199 days 20 hours', 'c6f87718-6d76-b07e-881e-d162ae2eb154'),
('4e7bba21-97e7-4638-8091-ee0f45ddd500', 'PLACEMENT', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'f94b57d7-75e9-5703-966a-735cf1329d6b', null,
 'EDUCATION', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', '90c192cf-d3ac-94af-0f21-ddb66cad4a26', 'South Gloucestershire Schools Inclusion Service', false,
 'Out-of-area placement: a child placed by Bristol City Council in South Gloucestershire Council''s area',
 E'Child\tTyler Brooks\nDate of birth\t22 November 2008\nLegal status\tLooked after: full care order\nPlaced by\tBristol City Council\nEducation, health and care plan\tNo',
 now() - interval '200 days', now() - interval '200 days', 'e20b3351-553e-402d-a644-2240b2a2511e', null, null),
('21075f7d-fc08-4152-975e-5cf7255e667d', 'PLACEMENT', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'f94b57d7-75e9-5703-966a-735cf1329d6b', null,
 'HEALTH', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', '8d116ece-1738-f7d9-3d9c-172411e20b8f', 'Severn Community Health', false,
 'Out-of-area placement: a child placed by Bristol City Council in South Gloucestershire Council''s area',
 E'Child\tTyler Brooks\nDate of birth\t22 November 2008\nLegal status\tLooked after: full care order\nPlaced by\tBristol City Council',
 now() - interval '200 days', now() - interval '200 days', 'e20b3351-553e-402d-a644-2240b2a2511e', null, null),
('1cc5d2d4-b6e8-42c8-aa16-a1c67313214f', 'PLACEMENT', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'f94b57d7-75e9-5703-966a-735cf1329d6b', null,
 'POLICE', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', '9531985d-5d9d-c9f8-1818-e811892f902b', 'Avon and Somerset Police', false,
 'Out-of-area placement: a child placed by Bristol City Council in South Gloucestershire Council''s area',
 E'Child\tTyler Brooks\nDate of birth\t22 November 2008\nLegal status\tLooked after: full care order\nPlaced by\tBristol City Council\nPlacement\tChildren''s home: Oakfield House, 12 Oak Lane, Yate',
 now() - interval '200 days', now() - interval '200 days', 'e20b3351-553e-402d-a644-2240b2a2511e',
 now() - interval '199 days 22 hours', '923a7369-94e3-bf91-1a61-dbe22e44158b'),
('75c1111a-f6d7-477c-b1bc-589828d5b356', 'PLACEMENT', '6bf46c69-7d2c-af82-eeea-cbe226e87555', '137f4ac3-404b-5208-80ae-14be17f04d0b', null,
 'HOST_AUTHORITY', '6513270e-269e-0d37-f2a7-4de452e6b438', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', 'Bristol City Council', false,
 'Out-of-area placement: a child placed by South Gloucestershire Council in Bristol City Council''s area', null, now() - interval '90 days', null, null, null, null),
('647fb044-ebfe-47fe-99e1-d7f63f4fe3bb', 'PLACEMENT', '6bf46c69-7d2c-af82-eeea-cbe226e87555', '137f4ac3-404b-5208-80ae-14be17f04d0b', null,
 'EDUCATION', '6513270e-269e-0d37-f2a7-4de452e6b438', 'b707a2d9-831d-45f5-b907-d6ff78efccba', 'Bristol Schools Inclusion Service', false,
 'Out-of-area placement: a child placed by South Gloucestershire Council in Bristol City Council''s area', null, now() - interval '90 days', null, null, null, null),
('442bb087-448e-41f8-b3e5-8576122dc7d9', 'PLACEMENT', '6bf46c69-7d2c-af82-eeea-cbe226e87555', '137f4ac3-404b-5208-80ae-14be17f04d0b', null,
 'HEALTH', '6513270e-269e-0d37-f2a7-4de452e6b438', 'eeabfeed-28a9-49f0-8289-e40980732ec7', 'Bristol Community Health', false,
 'Out-of-area placement: a child placed by South Gloucestershire Council in Bristol City Council''s area', null, now() - interval '90 days', null, null, null, null),
('3f90a1ea-d009-44da-a7f3-5561b5d1aa86', 'PLACEMENT', '6bf46c69-7d2c-af82-eeea-cbe226e87555', '137f4ac3-404b-5208-80ae-14be17f04d0b', null,
 'POLICE', '6513270e-269e-0d37-f2a7-4de452e6b438', '9531985d-5d9d-c9f8-1818-e811892f902b', 'Avon and Somerset Police', false,
 'Out-of-area placement: a child placed by South Gloucestershire Council in Bristol City Council''s area', null, now() - interval '90 days', null, null, null, null);

-- Tyler's latest episode, from his placement in South Gloucestershire: who holds the interview is not yet agreed.
insert into crossborder_episode (episode_id, child_id, placing_authority_id, host_authority_id, opened_at) values
('78666bbe-9f76-5e49-b886-cd66b5e14f6c', '5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450',
 '6513270e-269e-0d37-f2a7-4de452e6b438', now() - interval '40 hours');
