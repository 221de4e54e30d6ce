-- The whole partnership's figures by London day (ADR 0034): the days either side of a period's whole months are
-- read from these, as the months are from insight_month, so no period reads an episode row. Same columns as the
-- monthly tables, in the same order, with the day in place of the month.
create table insight_day (
    day                   date        not null,
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
    primary key (day, dimension, value)
);

create table insight_child_day (
    day            date     not null,
    child_id       uuid     not null,
    episodes       integer  not null,
    max_in_window  smallint not null,
    looked_after   boolean  not null,
    w0             bigint   not null,
    w1             bigint   not null,
    primary key (day, child_id)
);

create table insight_day_children (
    day      date        not null,
    kind     varchar(20) not null,
    value    varchar(40) not null,
    children integer     not null,
    numbers  bytea       not null,
    primary key (day, kind, value)
);
alter table insight_day_children alter column numbers set storage external;

-- An episode erased outside a count takes the child's day rows with its month rows; the month (and its days)
-- are rebuilt by the next count.
create or replace function insight_episode_gone() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('homeward.recounting', true), '') <> 'on' then
        insert into insight_stale_month (month)
        select distinct date_trunc('month', start_day)::date from gone
        on conflict do nothing;
        delete from insight_child_month
         where (month, child_id) in (select distinct date_trunc('month', start_day)::date, child_id from gone);
        delete from insight_child_day
         where (day, child_id) in (select distinct start_day, child_id from gone);
    end if;
    return null;
end
$$;

-- The next count is a full one, which fills the days.
update insight_refresh set full_pass_at = null;
