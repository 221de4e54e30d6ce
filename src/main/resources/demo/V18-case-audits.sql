-- Case-file audits (AS-01 to AS-04): a police auditor with no standing access to case records, who opens
-- only the cases allocated to them while an audit runs; and an audit of repeat missing children under way,
-- led by Audrey Stone, with Jaden's council part allocated to her and moderated by the police auditor.
insert into user_account (id, username, display_name, email, password_hash, agency_id, team_id) values
('5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4c01', 'caseauditor', 'Cass Reid', 'caseauditor@homeward.example', '{demo-password}', '9531985d-5d9d-c9f8-1818-e811892f902b', null);
insert into user_role (user_id, role) values
('5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4c01', 'AUDITOR');

insert into case_audit (id, theme, objective, template_id, council_id, period_from, period_to, starts_on, ends_on,
                        lead_id, sample_description, sampled_at, created_at, created_by) values
('5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4a01', 'Repeat missing children',
 'To provide an evidence-based assessment of the strengths and areas for development of the partnership approach to working with children who go missing repeatedly',
 '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', '6513270e-269e-0d37-f2a7-4de452e6b438', current_date - 365, current_date,
 current_date - 7, current_date + 60, 'c7a2ea20-b2f1-4c94-2e05-319acb5c7427',
 '2 of 2 cases asked for; looked-after children; at random', now() - interval '7 days', now() - interval '8 days',
 'c7a2ea20-b2f1-4c94-2e05-319acb5c7427');
insert into case_audit_case (id, audit_id, child_id, position, practitioner_id) values
('5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4b01', '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4a01', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', 1, '907a70c3-1012-f037-b64c-e4228c38fb29'),
('5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4b02', '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4a01', '57ee05cd-e009-02c7-7ebf-f20686734721', 2, '907a70c3-1012-f037-b64c-e4228c38fb29');
insert into case_audit_part (id, case_id, audit_id, child_id, agency_id, auditor_id, moderator_id) values
('5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4d01', '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4b01', '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4a01',
 '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', '6513270e-269e-0d37-f2a7-4de452e6b438', 'c7a2ea20-b2f1-4c94-2e05-319acb5c7427',
 '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4c01');
insert into case_audit_access (id, audit_id, child_id, user_id, opens_at, closes_at)
select gen_random_uuid(), '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4a01', a.child_id, a.user_id,
       (current_date - 7)::timestamp at time zone 'Europe/London', (current_date + 61)::timestamp at time zone 'Europe/London'
  from (values ('4cdd2055-930d-6eaf-14f4-733f3e7d1bfb'::uuid, 'c7a2ea20-b2f1-4c94-2e05-319acb5c7427'::uuid),
               ('57ee05cd-e009-02c7-7ebf-f20686734721'::uuid, 'c7a2ea20-b2f1-4c94-2e05-319acb5c7427'::uuid),
               ('4cdd2055-930d-6eaf-14f4-733f3e7d1bfb'::uuid, '5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4c01'::uuid)) a(child_id, user_id);
