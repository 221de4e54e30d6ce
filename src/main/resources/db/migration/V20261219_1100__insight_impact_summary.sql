-- The impact page's whole-partnership returns are summarised by the London day of return (ADR 0037): the day a
-- recount rebuilds is read by this expression.
create index insight_episode_by_return_day on insight_episode (((ended_at at time zone 'Europe/London')::date));

-- A council's returns in a period: its own children's and those placed in its area.
create index insight_episode_by_authority_return on insight_episode (authority_id, ended_at) where ended_at is not null;
create index insight_episode_by_host_return on insight_episode (host_authority_id, ended_at)
    where host_authority_id is not null and ended_at is not null;

-- When the placing authority was told an episode's child was missing: looked up for each out-of-area episode.
create index crossborder_notice_episode on crossborder_notice (episode_id) where episode_id is not null;

-- Interventions begun in a period.
create index intervention_started on intervention (started_on);

-- An erased episode may have been the next after some of the child's earlier returns, ending their following:
-- the months of those returns are stale too.
create or replace function insight_episode_gone() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('homeward.recounting', true), '') <> 'on' then
        insert into insight_stale_month (month)
        select date_trunc('month', start_day)::date from gone
        union
        select date_trunc('month', (ended_at at time zone 'Europe/London')::date)::date from gone where ended_at is not null
        union
        select date_trunc('month', (r.ended_at at time zone 'Europe/London')::date)::date
          from gone g join insight_episode r on r.child_id = g.child_id
         where r.ended_at <= g.started_at and r.ended_at > g.started_at - interval '183 days'
           and not exists (select 1 from insight_episode y where y.child_id = r.child_id
                             and y.started_at >= r.ended_at and y.started_at < g.started_at)
        on conflict do nothing;
        delete from insight_child_month
         where (month, child_id) in (select distinct date_trunc('month', start_day)::date, child_id from gone);
        delete from insight_child_day
         where (day, child_id) in (select distinct start_day, child_id from gone);
    end if;
    return null;
end
$$;

-- The next count is a full one, which fills the new summaries.
update insight_refresh set full_pass_at = null;
