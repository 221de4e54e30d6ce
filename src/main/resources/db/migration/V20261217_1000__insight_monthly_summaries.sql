-- The whole partnership's figures by month (ADR 0033): a year's dashboard sums twelve months' rows instead of
-- reading every episode. Kept in the transaction that counts insight_episode; part-months are read from it.

-- Episodes of one London month: the total (dimension '') and by each value of each breakdown, the police risk
-- level by age band and by sex (dimension RISK_AGE, RISK_SEX: value 'risk|band'), and ended episodes by whole
-- minutes missing (dimension MINUTES), for the median.
create table insight_month (
    month                 date        not null,
    dimension             varchar(20) not null,
    value                 varchar(40) not null,
    episodes              bigint      not null,
    missing_episodes      bigint      not null,
    away_episodes         bigint      not null,
    looked_after_episodes bigint      not null,
    over24_hours          bigint      not null,
    no_risk_level         bigint      not null,
    offered               bigint      not null,
    no_interview_outcome  bigint      not null,
    from_care             bigint      not null,
    no_placement          bigint      not null,
    no_ethnicity          bigint      not null,
    harm_found            bigint      not null,
    exploitation          bigint      not null,
    screened              bigint      not null,
    primary key (month, dimension, value)
);

-- One row per child and month with an episode: a bit per breakdown value seen (packed in two words, in the
-- order MonthlySummaries gives), so a period's children are counted exactly from its months' rows.
create table insight_child_month (
    month          date     not null,
    child_id       uuid     not null,
    episodes       integer  not null,
    max_in_window  smallint not null,
    looked_after   boolean  not null,
    w0             bigint   not null,
    w1             bigint   not null,
    primary key (month, child_id)
);

-- The next count is a full one, which fills both tables.
update insight_refresh set full_pass_at = null;

-- Episodes leaving insight other than by a count (an erasure cascading from the episode) make their months
-- stale: figures read the episodes themselves until the next count rebuilds those months. The child's own
-- month rows go at once, so an erased child is named nowhere.
create table insight_stale_month (month date primary key);

create function insight_episode_gone() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('homeward.recounting', true), '') <> 'on' then
        insert into insight_stale_month (month)
        select distinct date_trunc('month', start_day)::date from gone
        on conflict do nothing;
        delete from insight_child_month
         where (month, child_id) in (select distinct date_trunc('month', start_day)::date, child_id from gone);
    end if;
    return null;
end
$$;

create trigger insight_episode_gone after delete on insight_episode
    referencing old table as gone for each statement execute function insight_episode_gone();
