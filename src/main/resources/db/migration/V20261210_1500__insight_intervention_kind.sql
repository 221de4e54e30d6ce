-- What kind of help each intervention in a child's plan is, so that the partnership can ask which kinds reduce
-- missing (issue 19, "does it work?"). Interventions recorded before the question was asked stay unrecorded:
-- guessing their kind from the description would put figures on guesses.
alter table intervention add column kind varchar(30);

-- The kinds the partnership's plans use (sources/000 part B; DOMAIN.md MP-04). A vocabulary with dates, so that
-- the list can change without rewriting what earlier plans said.
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('intervention-type', 'SAFETY_PLAN', 'Safety or trigger plan', 1),
('intervention-type', 'DIRECT_WORK', 'Direct work with the child', 2),
('intervention-type', 'MENTORING', 'Mentoring or youth work', 3),
('intervention-type', 'EXPLOITATION_SERVICE', 'Specialist exploitation support', 4),
('intervention-type', 'FAMILY_SUPPORT', 'Family or carer support', 5),
('intervention-type', 'PLACEMENT_SUPPORT', 'Placement support or change', 6),
('intervention-type', 'EDUCATION', 'Education support', 7),
('intervention-type', 'HEALTH', 'Health or emotional wellbeing support', 8),
('intervention-type', 'DISRUPTION', 'Disruption of those who harm children', 9),
('intervention-type', 'OTHER', 'Other', 10);

-- Insight reads returns by when they happened (safe and well checks, interviews, the risk of going missing again).
create index insight_episode_by_return on insight_episode (ended_at) where ended_at is not null;
