-- The two templates Homeward ships (AS-01, AS-02). An administrator's change makes a new version; an
-- audit keeps the version it was planned with.
insert into case_audit_template (id, code, version, name, description, grade_scale, created_at) values
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 'PARTNERSHIP', 1, 'Partnership audit: eight key lines of enquiry',
 'An evidence-based assessment of the strengths and areas for development of the partnership approach to working with children who go missing (LSCB Missing Audit 2017).',
 array['Outstanding', 'Good', 'Requires improvement', 'Inadequate'], now()),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 'PRACTICE', 1, 'Missing and return practice standards',
 'The missing and return practice audit: the standards each case is checked against.',
 array['Outstanding', 'Good', 'Requires improvement', 'Inadequate'], now());

insert into case_audit_line (id, template_id, position, heading, evidence) values
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0101', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 1, 'The risk of abuse is identified and responded to appropriately and in a timely way', 'RISK'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0102', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 2, 'The thresholds guide (levels of help for children) is used to make evidence-based, appropriate referrals', 'THRESHOLDS'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0103', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 3, 'Case work is carried out to a high standard and in a timely fashion', 'CASEWORK'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0104', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 4, 'Coordination between agencies is effective and information sharing is completed in a timely way', 'COORDINATION'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0105', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 5, 'The voice of children is evident in any work to respond to their need', 'VOICE'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0106', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 6, 'Supervision and management oversight is effective', 'SUPERVISION'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0107', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 7, 'Interventions work effectively to improve outcomes for children', 'INTERVENTIONS'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0108', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001', 8, 'Work with children demonstrates appropriate consideration of diversity: age, disability, ethnicity, faith or belief, gender, identity, language, race and sexual orientation', 'DIVERSITY'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0201', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 1, 'An up-to-date risk assessment is on file', 'RISK'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0202', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 2, 'Child protection procedures were used where the child was at risk of significant harm', 'THRESHOLDS'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0203', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 3, 'A strategy meeting was held within 3 working days where one was needed', 'STRATEGY'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0204', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 4, 'A missing record is open for every episode of a looked-after child', 'EPISODES'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0205', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 5, 'A photograph and information were shared with the police', 'COORDINATION'),
('0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0206', '0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0002', 6, 'A return home interview was offered within 72 hours and its findings used in the plan', 'RHI');
