-- A prolonged episode escalates once per episode and step (DOMAIN.md OV-02): an escalation is of a task
-- or of an episode, and the unique key makes two instances send it exactly once.
alter table escalation alter column task_id drop not null;
alter table escalation add column episode_id uuid references episode (id);
alter table escalation add constraint escalation_of_task_or_episode check ((task_id is null) <> (episode_id is null));
create unique index escalation_episode_step on escalation (episode_id, step) where episode_id is not null;
