-- The demo's return interview deadlines on the deadline engine, as the pages would have opened them:
-- owned by the child's allocated worker, else the allocated team, else a team with a team manager.
with owner as (
    select c.id as child_id, c.allocated_worker_id as owner_id,
           case when c.allocated_worker_id is null then coalesce(c.allocated_team_id,
               (select t.id from team t where exists (select 1 from user_account u join user_role r on r.user_id = u.id
                                                      where u.team_id = t.id and r.role = 'TEAM_MANAGER')
                 order by t.name limit 1)) end as owner_team_id
      from child c
)
insert into task (id, kind, subject, child_id, source_module, source_id, link, owner_id, owner_team_id, due_at, status,
                  created_at, closed_at)
select gen_random_uuid(), 'RHI_OFFER', 'Offer a return home interview', o.child_id, 'rhi', o.id::text,
       '/return-interviews/' || o.id, w.owner_id, w.owner_team_id, o.due_at,
       case when met.at is null and o.not_offered_reason is null then 'OPEN' else 'DONE' end, o.created_at,
       case when met.at is null and o.not_offered_reason is null then null else coalesce(met.at, o.not_offered_at) end
  from rhi_offer o join owner w on w.child_id = o.child_id
  left join lateral (select least((select min(a.recorded_at) from rhi_attempt a where a.offer_id = o.id),
                                  (select i.recorded_at from rhi_interview i where i.offer_id = coalesce(o.covered_by, o.id)),
                                  o.outcome_at) as at) met on true
union all
select gen_random_uuid(), 'RHI_PLAN', 'Reflect return home interview findings in the plan', r.child_id, 'rhi',
       r.offer_id::text, '/return-interviews/' || r.offer_id || '/plan', coalesce(r.owner_id, w.owner_id),
       case when coalesce(r.owner_id, w.owner_id) is null then w.owner_team_id end,
       (r.due_on + 1)::timestamp at time zone 'Europe/London',
       case when r.reflected_at is null then 'OPEN' else 'DONE' end, r.created_at, r.reflected_at
  from rhi_plan_review r join owner w on w.child_id = r.child_id
union all
select gen_random_uuid(), 'RHI_ACTION', 'Return interview follow-up: ' || a.action, o.child_id, 'rhi', a.id::text,
       '/return-interviews/' || a.offer_id, a.owner_id, null, (a.due_on + 1)::timestamp at time zone 'Europe/London',
       case when a.done_at is null then 'OPEN' else 'DONE' end, o.created_at, a.done_at
  from rhi_action a join rhi_offer o on o.id = a.offer_id;
