-- The escalation matrix's senior tiers (OV-02): South Gloucestershire's Director of Children's Services and
-- Lead Member, told of a child missing a long time; and the missing person unit's inspector, who supervises
-- the coordinators and is told when a missing child's police review is overdue (EP-02).
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('789ea39e-ff8f-4e29-9ed3-4c0e8df8470e', 'director', 'Dee Marsh', 'director@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null),
('ea5116b8-a4cb-4b6e-a622-eb8b314c1620', 'leadmember', 'Cllr Lee Barton', 'leadmember@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null),
('7746beba-bbf4-4e00-b8dd-8a2cf9157725', 'inspector', 'Insp. Ian Ward', 'inspector@homeward.example', '{demo-password}', '9531985d-5d9d-c9f8-1818-e811892f902b', '0cb1e29c-658c-da14-95e6-0af593bd04cf');
insert into user_role (user_id, role) values
('789ea39e-ff8f-4e29-9ed3-4c0e8df8470e', 'DIRECTOR'),
('ea5116b8-a4cb-4b6e-a622-eb8b314c1620', 'LEAD_MEMBER'),
('7746beba-bbf4-4e00-b8dd-8a2cf9157725', 'TEAM_MANAGER');
