-- What the demo interviews led to: a decision on support, a follow-up action for the allocated worker,
-- and the plan owner's task; the earlier findings are in the plan, the latest are not yet.
update rhi_interview set support_decision = 'RHI_SERVICE' where support_decision is null;

insert into rhi_action (id, offer_id, position, action, owner_id, due_on)
select md5('rhi-action' || i.offer_id::text)::uuid, i.offer_id, 1, 'Talk with the family about how arguments are handled',
       c.allocated_worker_id, (i.held_at at time zone 'Europe/London')::date + 7
  from rhi_interview i join rhi_offer o on o.id = i.offer_id join child c on c.id = o.child_id
 where c.allocated_worker_id is not null;

insert into rhi_plan_review (offer_id, child_id, owner_id, due_on, created_at)
select i.offer_id, o.child_id, c.allocated_worker_id, (i.held_at at time zone 'Europe/London')::date + 7, i.recorded_at
  from rhi_interview i join rhi_offer o on o.id = i.offer_id join child c on c.id = o.child_id;

update rhi_plan_review r set reflected_at = i.held_at + interval '3 days', reflected_by = coalesce(r.owner_id,
       'c6f87718-6d76-b07e-881e-d162ae2eb154'), plan_change = 'Family work on managing arguments added to the plan'
  from rhi_interview i
 where i.offer_id = r.offer_id
   and exists (select 1 from rhi_interview later join rhi_offer lo on lo.id = later.offer_id
                where lo.child_id = r.child_id and later.held_at > i.held_at);
