-- Plans of the lists read by keyset (bench/plans/README-lists.md): the first page and a page far into each
-- list, as Homeward sends them. Run on a generated data set, e.g.
--   psql -h 127.0.0.1 -U postgres -d homeward_bench -f bench/plans/lists-explain.sql > plans.txt
-- Positions are taken from the data: the row some thousands into each list, as someone paging far would reach.
\pset pager off
\timing off
set jit = off;

-- The busiest council's inbox, the busiest recipient, user and child, and an agency for scoping.
select to_agency_id as council from police_message group by 1 order by count(*) desc limit 1 \gset
select recipient_id as recipient from notification group by 1 order by count(*) desc limit 1 \gset
select username as auditor_target from audit_entry group by 1 order by count(*) desc limit 1 \gset
select child_id as audit_child from audit_entry where child_id is not null group by 1 order by count(*) desc limit 1 \gset
select owner_id as task_owner from task where status = 'OPEN' and owner_id is not null group by 1 order by count(*) desc limit 1 \gset
select responsible_authority_id as authority from child group by 1 order by count(*) desc limit 1 \gset

\echo '== Missing now, missing longest first: first page, then after the 100th'
explain (analyze, buffers, costs off)
select e.id, e.last_seen_at from episode e join child c on c.id = e.child_id
 where e.located_at is null order by e.last_seen_at, e.id limit 51;
select last_seen_at as at, id from episode where located_at is null order by last_seen_at, id offset 100 limit 1 \gset k_
explain (analyze, buffers, costs off)
select e.id, e.last_seen_at from episode e join child c on c.id = e.child_id
 where e.located_at is null and (e.last_seen_at, e.id) > (:'k_at', :'k_id') order by e.last_seen_at, e.id limit 51;

\echo '== Missing now, highest risk first, scoped to an authority (child_involvement), after the 100th, as sent:'
\echo '   the matches read once, counted, and the page taken from them'
explain (analyze, buffers, costs off)
with matching as (
    select e.id, e.last_seen_at, g.risk_level,
           case g.risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 when 'VERY_LOW' then 3
                when 'NO_APPARENT_RISK' then 4 else 5 end as risk_rank
      from episode e join child c on c.id = e.child_id
      left join agency ra on ra.id = c.responsible_authority_id
      left join placement p on p.id = e.placement_id
      left join lateral (select risk_level from episode_grading where episode_id = e.id order by graded_at desc limit 1) g on true
     where e.located_at is null
       and exists (select 1 from child_involvement ci where ci.child_id = e.child_id and ci.agency_id = :'authority')),
counted as (select count(*) as total,
                   count(*) filter (where (m.risk_rank, m.last_seen_at, m.id) <= (2, :'k_at', :'k_id')) as preceding
              from matching m)
select m.*, counted.total, counted.preceding from matching m cross join counted
 where (m.risk_rank, m.last_seen_at, m.id) > (2, :'k_at', :'k_id')
 order by m.risk_rank, m.last_seen_at, m.id limit 51;

\echo '== Police messages inbox: first page, then after the 5,000th'
explain (analyze, buffers, costs off)
select m.id from police_message m where m.to_agency_id = :'council'
 order by (m.acknowledged_at is null)::int desc, m.sent_at desc, m.id desc limit 26;
select (acknowledged_at is null)::int as r, sent_at as at, id from police_message where to_agency_id = :'council'
 order by (acknowledged_at is null)::int desc, sent_at desc, id desc offset 5000 limit 1 \gset p_
explain (analyze, buffers, costs off)
select m.id from police_message m where m.to_agency_id = :'council'
   and ((m.acknowledged_at is null)::int, m.sent_at, m.id) < (:p_r, :'p_at', :'p_id')
 order by (m.acknowledged_at is null)::int desc, m.sent_at desc, m.id desc limit 26;

\echo '== Notifications of the busiest recipient, after the 5,000th'
select (acknowledged_at is null)::int as r, created_at as at, id from notification where recipient_id = :'recipient'
 order by (acknowledged_at is null)::int desc, created_at desc, id desc offset 5000 limit 1 \gset n_
explain (analyze, buffers, costs off)
select n.id from notification n left join user_account u on u.id = n.acknowledged_by
 where n.recipient_id = :'recipient' and ((n.acknowledged_at is null)::int, n.created_at, n.id) < (:n_r, :'n_at', :'n_id')
 order by (n.acknowledged_at is null)::int desc, n.created_at desc, n.id desc limit 51;

\echo '== Audit search by username (any case), by child, and by dates alone, after the 300th (100,000th for dates)'
select occurred_at as at, id from audit_entry where lower(username) = lower(:'auditor_target')
 order by occurred_at desc, id desc offset 300 limit 1 \gset a_
explain (analyze, buffers, costs off)
select id from audit_entry where lower(username) = lower(:'auditor_target') and (occurred_at, id) < (:'a_at', :a_id)
 order by occurred_at desc, id desc limit 51;
explain (analyze, buffers, costs off)
select id from audit_entry where child_id = :'audit_child' order by occurred_at desc, id desc limit 51;
select occurred_at as at, id from audit_entry order by occurred_at desc, id desc offset 100000 limit 1 \gset d_
explain (analyze, buffers, costs off)
select id from audit_entry where occurred_at >= timestamptz '2021-01-01' and occurred_at < now()
   and (occurred_at, id) < (:'d_at', :d_id) order by occurred_at desc, id desc limit 51;

\echo '== Sharing agreements, after the 1,000th'
select starts_on as at, id from sharing_agreement order by starts_on desc, id desc offset 1000 limit 1 \gset s_
explain (analyze, buffers, costs off)
select a.id from sharing_agreement a where (a.starts_on, a.id) < (:'s_at', :'s_id') order by a.starts_on desc, a.id desc limit 51;

\echo '== Tasks: every open task by kind (all teams), after the 10,000th; one person''s by child name'
select kind, due_at as at, id from task where status = 'OPEN' order by kind, due_at, id offset 10000 limit 1 \gset t_
explain (analyze, buffers, costs off)
select t.id from task t left join child c on c.id = t.child_id left join user_account ou on ou.id = t.owner_id
  left join team tm on tm.id = t.owner_team_id
 where t.status = 'OPEN' and (t.kind, t.due_at, t.id) > (select t.kind, t.due_at, t.id from task t where t.id = :'t_id')
 order by t.kind, t.due_at, t.id limit 51;
explain (analyze, buffers, costs off)
select t.id from task t left join child c on c.id = t.child_id
 where t.status = 'OPEN' and t.owner_id = :'task_owner'
 order by (t.child_id is null)::int, coalesce(c.given_names || ' ' || c.family_name, ''), t.due_at, t.id limit 51;

\echo '== Children without a current standing assessment, scoped to an authority (first page)'
explain (analyze, buffers, costs off)
with lac as (
    select c.id as child_id, p.start_date as placed_on, a.review_due,
           case when a.id is null then 'NONE' when p.id is not null and a.assessed_on < p.start_date then 'PLACEMENT_CHANGED'
                else 'OVERDUE' end as gap_code
      from child c
      left join lateral (select id, start_date, created_at from placement where child_id = c.id and start_date <= current_date
                          order by start_date desc, created_at desc limit 1) p on true
      left join lateral (select id, placement_id, assessed_on, review_due, recorded_at from standing_assessment
                          where child_id = c.id order by assessed_on desc, recorded_at desc limit 1) a on true
     where c.legal_status like 'LAC\_%' and (a.id is null or a.review_due < current_date or a.assessed_on < p.start_date)
       and exists (select 1 from child_involvement ci where ci.child_id = c.id and ci.agency_id = :'authority')),
listed as (select lac.*, coalesce(case gap_code when 'OVERDUE' then review_due else placed_on end, date '1900-01-01') as since from lac)
select child_id, since from listed order by since, child_id limit 51;
