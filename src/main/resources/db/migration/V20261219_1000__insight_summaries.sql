-- The whole partnership's figures for insight's other pages (why children go missing, how missing is applied),
-- kept by London day and month as the dashboard's are (ADR 0037): for each summary, period and key, how many
-- items (interviews, episodes) and the children's insight_child numbers as a serialized Roaring bitmap.
-- grain D: a day, built from the episodes; M: a month, built from its days.
create table insight_summary (
    summary  varchar(20)  not null,
    grain    char(1)      not null check (grain in ('D', 'M')),
    period   date         not null,
    key      varchar(300) not null,
    items    bigint       not null,
    children integer      not null,
    numbers  bytea,
    primary key (summary, grain, period, key)
);
-- Already compressed: stored as written, so reading a year's sets does not decompress them.
alter table insight_summary alter column numbers set storage external;

-- A summary may count an episode on the day it ended (a return): an erasure leaves that month stale too.
create or replace function insight_episode_gone() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('homeward.recounting', true), '') <> 'on' then
        insert into insight_stale_month (month)
        select date_trunc('month', start_day)::date from gone
        union
        select date_trunc('month', (ended_at at time zone 'Europe/London')::date)::date from gone where ended_at is not null
        on conflict do nothing;
        delete from insight_child_month
         where (month, child_id) in (select distinct date_trunc('month', start_day)::date, child_id from gone);
        delete from insight_child_day
         where (day, child_id) in (select distinct start_day, child_id from gone);
    end if;
    return null;
end
$$;

-- The next count is a full one, which fills the summaries.
update insight_refresh set full_pass_at = null;
