-- The Independent Reviewing Officer of South Gloucestershire's looked-after children, a partnership board
-- member (reports only), and the demo auditor's time-boxed case access (DOMAIN.md MP-06, OV-06, IS-02, CR-01, CR-02).
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a01', 'iro', 'Imogen Rowe', 'iro@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null),
('3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a02', 'board', 'Bernard Oduya', 'board@homeward.example', '{demo-password}', '6513270e-269e-0d37-f2a7-4de452e6b438', null);
insert into user_role (user_id, role) values
('3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a01', 'IRO'),
('3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a02', 'BOARD_MEMBER');

-- Imogen reviews the care plans of the children South Gloucestershire looks after, named by Sam Okafor.
update child set iro_id = '3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a01'
 where legal_status like 'LAC\_%' and responsible_authority_id = '6513270e-269e-0d37-f2a7-4de452e6b438';
insert into child_iro_change (id, child_id, iro_id, changed_at, changed_by)
select gen_random_uuid(), c.id, c.iro_id, now() - interval '90 days', '907a70c3-1012-f037-b64c-e4228c38fb29'
  from child c where c.iro_id = '3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a01';

-- Schools and national police references for Jaden Smith.
update child set school_name = 'Oak Vale Academy', school_urn = '137042', pnc_id = '23/123456K',
                 missing_persons_ref = '24-004417'
 where id = '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb';
update child set school_name = 'Severn Vale School'
 where id = '57ee05cd-e009-02c7-7ebf-f20686734721';

-- Audrey Stone's audit of the partnership's case files runs for this month and the next eleven.
update user_account set auditor_access_from = current_date - 30, auditor_access_until = current_date + 335
 where id = 'c7a2ea20-b2f1-4c94-2e05-319acb5c7427';
