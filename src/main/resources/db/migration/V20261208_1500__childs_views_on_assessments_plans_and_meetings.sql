-- The child's views on every assessment, plan and meeting: their words, or why they were not obtained
-- (DOMAIN.md RHI-06). Required by the forms from now on; records made before stay as they were, so the
-- columns allow both to be empty and the report counts those as without the child's voice.
alter table risk_screening add column child_views text;
alter table risk_screening add column child_views_not_obtained text;
alter table exploitation_screening add column child_views text;
alter table exploitation_screening add column child_views_not_obtained text;
alter table intervention add column child_views text;
alter table intervention add column child_views_not_obtained text;
alter table intervention_review add column child_views text;
alter table intervention_review add column child_views_not_obtained text;
alter table strategy_discussion add column child_views text;
alter table strategy_discussion add column child_views_not_obtained text;
