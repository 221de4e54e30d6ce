-- Supervision: Morgan Reid (team manager) supervises Sam Okafor about Jaden and Amelia; Lesley Grant (named senior
-- manager) gives Morgan reflective supervision. Seen only by the two people in each and senior managers.
insert into supervision (id, kind, held_on, supervisor_id, supervisee_id, discussion, next_on, recorded_by, recorded_at) values
('b8a1d3e2-5f60-4c1a-9e27-3d4f5a6b7c01', 'CASE', current_date - 14, 'c6f87718-6d76-b07e-881e-d162ae2eb154',
 '907a70c3-1012-f037-b64c-e4228c38fb29',
 'Jaden: three episodes since the placement move, each after contact. Amelia: settled; return interviews show she is worried about her brother.',
 current_date + 14, 'c6f87718-6d76-b07e-881e-d162ae2eb154', now() - interval '14 days'),
('b8a1d3e2-5f60-4c1a-9e27-3d4f5a6b7c02', 'REFLECTIVE', current_date - 7, 'ec66a787-95e7-61d1-7731-af10506bf2ef',
 'c6f87718-6d76-b07e-881e-d162ae2eb154',
 'Caseloads in the children in care team; keeping a trusted worker for children who move placement.',
 current_date + 21, 'ec66a787-95e7-61d1-7731-af10506bf2ef', now() - interval '7 days');
insert into supervision_child (supervision_id, child_id) values
('b8a1d3e2-5f60-4c1a-9e27-3d4f5a6b7c01', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb'),
('b8a1d3e2-5f60-4c1a-9e27-3d4f5a6b7c01', '57ee05cd-e009-02c7-7ebf-f20686734721');
insert into supervision_action (supervision_id, position, action, owner_id, due_on) values
('b8a1d3e2-5f60-4c1a-9e27-3d4f5a6b7c01', 1, 'Ask for a missing management meeting for Jaden', '907a70c3-1012-f037-b64c-e4228c38fb29', current_date - 7),
('b8a1d3e2-5f60-4c1a-9e27-3d4f5a6b7c01', 2, 'Review contact arrangements with the IRO', 'c6f87718-6d76-b07e-881e-d162ae2eb154', current_date + 7);

-- Trusted workers: Jaden has had three in the year (two changes); Amelia has kept hers.
insert into trusted_worker (id, child_id, user_id, person_name, person_role, agency, starts_on, child_view, reason, recorded_by, recorded_at) values
('c9b2e4f3-6a71-4d2b-8f38-4e5a6b7c8d01', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', null, 'Dan Price', 'Youth worker', 'South Gloucestershire Youth Service',
 current_date - 400, 'Dan plays football with me and I can talk to him.', null, '907a70c3-1012-f037-b64c-e4228c38fb29', now() - interval '400 days'),
('c9b2e4f3-6a71-4d2b-8f38-4e5a6b7c8d02', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', '907a70c3-1012-f037-b64c-e4228c38fb29', 'Sam Okafor', 'Social worker', 'South Gloucestershire Council',
 current_date - 200, 'Sam is OK. I would rather have Dan.', 'Placement move out of Dan''s area', '907a70c3-1012-f037-b64c-e4228c38fb29', now() - interval '200 days'),
('c9b2e4f3-6a71-4d2b-8f38-4e5a6b7c8d03', '4cdd2055-930d-6eaf-14f4-733f3e7d1bfb', '7f150524-34b9-b5df-9e77-69b10f4205b4', 'Rhian Hughes', 'Return home interview worker', 'Safe Return Project',
 current_date - 30, 'Rhian came to see me every time I came back. I want her.', 'Jaden asked for the worker who held his return interviews', '907a70c3-1012-f037-b64c-e4228c38fb29', now() - interval '30 days'),
('c9b2e4f3-6a71-4d2b-8f38-4e5a6b7c8d04', '57ee05cd-e009-02c7-7ebf-f20686734721', null, 'Priya Shah', 'School nurse', 'Severn Community Health',
 current_date - 500, 'I trust Priya, she helped me at school.', null, '907a70c3-1012-f037-b64c-e4228c38fb29', now() - interval '500 days');
