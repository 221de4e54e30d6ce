-- A neighbouring police force, so that an episode can cross force boundaries (XB-04), and messages from
-- the police to South Gloucestershire Council about two children missing now (IS-04): one waiting to be
-- acknowledged, one acknowledged.
insert into agency (id, name, kind, ons_code, dfe_code) values
('4f0d7c2e-8a51-4b7e-9c3d-2e6f1a9b8c70', 'Gloucestershire Constabulary', 'POLICE_FORCE', null, null);
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('0b8e5f3a-6c2d-4e91-a7b4-5d3c2e1f0a96', 'glospolice', 'PC Gwen Morris', 'glospolice@homeward.example', '{demo-password}', '4f0d7c2e-8a51-4b7e-9c3d-2e6f1a9b8c70', null);
insert into user_role (user_id, role) values
('0b8e5f3a-6c2d-4e91-a7b4-5d3c2e1f0a96', 'POLICE_OFFICER');

insert into police_message (id, episode_id, child_id, kind, from_agency_id, to_agency_id, last_seen_at, risk_level,
                            police_reference, sent_at, sent_by, sent_by_name, acknowledged_at, acknowledged_by,
                            acknowledged_by_name)
select gen_random_uuid(), e.id, e.child_id, 'MISSING_REPORT', e.police_force_id, c.responsible_authority_id,
       e.last_seen_at, 'MEDIUM', e.police_reference, e.reported_to_police_at + interval '20 minutes',
       'ae97ba94-d0ed-a82f-8f6d-05584ef8aa38', 'PC Priya Patel',
       case when e.id = 'e3db24c7-a1b2-57af-bf9f-2aa6f74046a2' then e.reported_to_police_at + interval '95 minutes' end,
       case when e.id = 'e3db24c7-a1b2-57af-bf9f-2aa6f74046a2' then '907a70c3-1012-f037-b64c-e4228c38fb29'::uuid end,
       case when e.id = 'e3db24c7-a1b2-57af-bf9f-2aa6f74046a2' then 'Sam Okafor' end
  from episode e join child c on c.id = e.child_id
 where e.id in ('769190ed-0c97-572f-8b9a-2ac7cd9010d2', 'e3db24c7-a1b2-57af-bf9f-2aa6f74046a2')
   and c.responsible_authority_id is not null and e.reported_to_police_at is not null;
