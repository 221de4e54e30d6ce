-- Demonstration partnership. Loaded only with demo data enabled; never in a real deployment.
insert into agency (id, name, kind, ons_code, dfe_code) values
('6513270e-269e-0d37-f2a7-4de452e6b438', 'South Gloucestershire Council', 'LOCAL_AUTHORITY', 'E06000025', '803'),
('d23f0824-128b-2f33-0c5c-7fd0a6a3a450', 'Bristol City Council', 'LOCAL_AUTHORITY', 'E06000023', '801'),
('9531985d-5d9d-c9f8-1818-e811892f902b', 'Avon and Somerset Police', 'POLICE_FORCE', null, null),
('36f675cc-81e7-4ef5-e8e2-5d940ed90475', 'Oakfield Children''s Homes', 'CARE_PROVIDER', null, null),
('6b0d549b-6f03-675a-1600-a35a099950d8', 'Safe Return Project', 'RHI_PROVIDER', null, null),
('8d116ece-1738-f7d9-3d9c-172411e20b8f', 'Severn Community Health', 'HEALTH', null, null),
('90c192cf-d3ac-94af-0f21-ddb66cad4a26', 'South Gloucestershire Schools Inclusion Service', 'EDUCATION', null, null);
insert into team (id, agency_id, name) values
('a170b338-3926-3059-f28c-105d1fb17c23', '6513270e-269e-0d37-f2a7-4de452e6b438', 'Children in care team'),
('0fd630f1-f29d-0da9-953f-48f1a09f76b5', '6513270e-269e-0d37-f2a7-4de452e6b438', 'Missing and exploitation team'),
('0cb1e29c-658c-da14-95e6-0af593bd04cf', '9531985d-5d9d-c9f8-1818-e811892f902b', 'Missing person unit'),
('8e81973e-0bec-d7b0-3898-d190f9ebdacc', '36f675cc-81e7-4ef5-e8e2-5d940ed90475', 'Oakfield House'),
('6b4cb242-4a23-d596-2217-beaddbc496cb', '6b0d549b-6f03-675a-1600-a35a099950d8', 'Return interview team');
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('92276658-1e27-a1c0-8a6a-63ec24ede6a4', 'admin', 'Alex Admin', 'admin@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null),
('ae97ba94-d0ed-a82f-8f6d-05584ef8aa38', 'police', 'PC Priya Patel', 'police@homeward.example', '{demo-password}', '9531985d-5d9d-c9f8-1818-e811892f902b', '0cb1e29c-658c-da14-95e6-0af593bd04cf'),
('923a7369-94e3-bf91-1a61-dbe22e44158b', 'coordinator', 'DS Colin Carter', 'coordinator@homeward.example', '{demo-password}', '9531985d-5d9d-c9f8-1818-e811892f902b', '0cb1e29c-658c-da14-95e6-0af593bd04cf'),
('18f135d2-5f55-7203-3018-50c5a38fd547', 'carer', 'Cara Jones', 'carer@homeward.example', '{demo-password}', '36f675cc-81e7-4ef5-e8e2-5d940ed90475', '8e81973e-0bec-d7b0-3898-d190f9ebdacc'),
('907a70c3-1012-f037-b64c-e4228c38fb29', 'socialworker', 'Sam Okafor', 'socialworker@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', 'a170b338-3926-3059-f28c-105d1fb17c23'),
('7f150524-34b9-b5df-9e77-69b10f4205b4', 'rhiworker', 'Rhian Hughes', 'rhiworker@homeward.example', '{demo-password}', '6b0d549b-6f03-675a-1600-a35a099950d8', '6b4cb242-4a23-d596-2217-beaddbc496cb'),
('c6f87718-6d76-b07e-881e-d162ae2eb154', 'manager', 'Morgan Reid', 'manager@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', 'a170b338-3926-3059-f28c-105d1fb17c23'),
('ec66a787-95e7-61d1-7731-af10506bf2ef', 'lead', 'Lesley Grant', 'lead@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null),
('3f98e277-4cbd-87ad-5c90-a9587403e430', 'analyst', 'Ana Lyons', 'analyst@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null),
('c7a2ea20-b2f1-4c94-2e05-319acb5c7427', 'auditor', 'Audrey Stone', 'auditor@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null);
insert into user_role (user_id, role) values
('92276658-1e27-a1c0-8a6a-63ec24ede6a4', 'ADMINISTRATOR'),
('ae97ba94-d0ed-a82f-8f6d-05584ef8aa38', 'POLICE_OFFICER'),
('923a7369-94e3-bf91-1a61-dbe22e44158b', 'MISSING_COORDINATOR'),
('18f135d2-5f55-7203-3018-50c5a38fd547', 'CARE_WORKER'),
('907a70c3-1012-f037-b64c-e4228c38fb29', 'SOCIAL_WORKER'),
('7f150524-34b9-b5df-9e77-69b10f4205b4', 'RHI_WORKER'),
('c6f87718-6d76-b07e-881e-d162ae2eb154', 'TEAM_MANAGER'),
('ec66a787-95e7-61d1-7731-af10506bf2ef', 'SENIOR_MANAGER'),
('3f98e277-4cbd-87ad-5c90-a9587403e430', 'ANALYST'),
('c7a2ea20-b2f1-4c94-2e05-319acb5c7427', 'AUDITOR');
insert into child (id, given_names, family_name, date_of_birth, sex, ethnicity, first_language, interpreter_needed, legal_status, responsible_authority_id, allocated_worker_id, allocated_team_id, council_case_id, police_nominal_id, nhs_number, upn, created_at, updated_at, version) values
('4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', 'Jaden', 'Smith', date '2011-04-12', 'M', 'BCRB', 'English', false, 'LAC_CO', '6513270e-269e-0d37-f2a7-4de452e6b438', '907a70c3-1012-f037-b64c-e4228c38fb29', 'a170b338-3926-3059-f28c-105d1fb17c23', 'SG100200', 'AS/N/04100', '5559797111', 'B803471012497', now(), now(), 0),
('57ee05cd-e009-02c7-7ebf-f20686734721', 'Amelia', 'Hart', date '2009-09-30', 'F', 'WBRI', 'English', false, 'LAC_S20', '6513270e-269e-0d37-f2a7-4de452e6b438', '907a70c3-1012-f037-b64c-e4228c38fb29', 'a170b338-3926-3059-f28c-105d1fb17c23', 'SG100237', null, '4650752914', 'F803703412236', now(), now(), 0),
('9be4bcfc-49b6-4a08-72e6-cc3ababced20', 'Mohammed', 'Rahman', date '2010-01-17', 'M', 'ABAN', 'English', false, 'CIN', '6513270e-269e-0d37-f2a7-4de452e6b438', '907a70c3-1012-f037-b64c-e4228c38fb29', '0fd630f1-f29d-0da9-953f-48f1a09f76b5', 'SG100274', 'AS/N/04126', '6846563210', 'D803223312079', now(), now(), 0),
('830e07bc-1e39-8f10-12bd-4acefaecbd38', 'Chloe', 'Evans', date '2013-06-05', 'F', 'WBRI', 'English', false, 'CP', '6513270e-269e-0d37-f2a7-4de452e6b438', 'c6f87718-6d76-b07e-881e-d162ae2eb154', '0fd630f1-f29d-0da9-953f-48f1a09f76b5', 'SG100311', null, '2440268593', 'K803952812907', now(), now(), 0),
('5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 'Tyler', 'Brooks', date '2008-11-22', 'M', 'MWBC', 'English', false, 'LAC_CO', 'd23f0824-128b-2f33-0c5c-7fd0a6a3a450', null, null, 'SG100348', 'AS/N/04152', '8666617608', 'B803313712215', now(), now(), 0),
('6bf46c69-7d2c-af82-eeea-cbe226e87555', 'Kacper', 'Nowak', date '2010-03-03', 'M', 'WOTH', 'English', false, 'LAC_ICO', '6513270e-269e-0d37-f2a7-4de452e6b438', '907a70c3-1012-f037-b64c-e4228c38fb29', 'a170b338-3926-3059-f28c-105d1fb17c23', 'SG100385', null, '9010928152', 'J803901312962', now(), now(), 0),
('13deef86-ab10-31d0-f646-e1f40a097c97', 'Leah', 'O''Connor', date '2012-12-01', 'F', 'WIRI', 'English', false, 'NONE', null, null, null, 'SG100422', 'AS/N/04178', '4595711778', 'T803774112215', now(), now(), 0),
('ca02135e-92b1-d3f2-8ede-0d7ac3baea9e', 'Maryam', 'Hussain', date '2011-08-19', 'F', 'APKN', 'English', false, 'LAC_PO', '6513270e-269e-0d37-f2a7-4de452e6b438', '907a70c3-1012-f037-b64c-e4228c38fb29', 'a170b338-3926-3059-f28c-105d1fb17c23', 'SG100459', null, '4728038521', 'D803808412148', now(), now(), 0);
insert into child_alias (child_id, position, name) values
('4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', 0, 'JJ'),
('9be4bcfc-49b6-4a08-72e6-cc3ababced20', 0, 'Mo Rahman'),
('5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8', 0, 'Ty');
insert into child_name_token (child_id, token, metaphone, family_name, given_names)
select distinct id, t, coalesce(dmetaphone(t), ''), family_name, given_names
  from (select c.id, c.family_name, c.given_names,
               c.given_names || ' ' || c.family_name || ' ' || coalesce(string_agg(a.name, ' '), '') as names
          from child c left join child_alias a on a.child_id = c.id group by c.id) n,
       regexp_split_to_table(lower(replace(n.names, '''', '')), '[^a-z0-9]+') t
 where t <> ''
on conflict do nothing;
