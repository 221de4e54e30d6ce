-- Significant harm suspected when a check, an interview or a screening is recorded (EP-09): the answer
-- is kept with the record that gave it, and raises a strategy discussion.
alter table safe_and_well_check add column significant_harm boolean not null default false;
alter table rhi_interview add column significant_harm boolean not null default false;
alter table risk_screening add column significant_harm boolean not null default false;
