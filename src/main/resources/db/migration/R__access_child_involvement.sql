-- Who is involved with each child, and why (DOMAIN.md IS-02; ARCHITECTURE "Authorisation is
-- relationship-based"): a person sees a child when they, their team or their agency is involved.
-- It is read from the records that create the involvement, so it can never fall out of step with
-- them; each branch is indexed on child_id, so asking about one child reads a few rows.
create or replace view child_involvement as
-- The responsible authority, the allocated worker and team, and the agency that recorded the child.
select c.id as child_id, c.responsible_authority_id as agency_id, null::uuid as team_id, null::uuid as user_id,
       'RESPONSIBLE_AUTHORITY'::varchar(30) as basis, null::timestamptz as until
  from child c where c.responsible_authority_id is not null
union all
select c.id, null, c.allocated_team_id, null, 'ALLOCATED_TEAM', null from child c where c.allocated_team_id is not null
union all
select c.id, null, null, c.allocated_worker_id, 'ALLOCATED_WORKER', null from child c where c.allocated_worker_id is not null
union all
select c.id, c.recorded_by_agency_id, null, null, 'RECORDED', null from child c where c.recorded_by_agency_id is not null
union all
-- The Independent Reviewing Officer of a looked-after child: every episode and the whole record (OV-06).
select c.id, null, null, c.iro_id, 'IRO', null from child c where c.iro_id is not null
union all
-- The police force whose area holds the responsible authority.
select c.id, a.police_force_id, null, null, 'POLICE_AREA', null
  from child c join agency a on a.id = c.responsible_authority_id where a.police_force_id is not null
union all
-- No responsible authority yet: every local authority's front door and every police force may pick the child up.
select c.id, a.id, null, null, 'NO_RESPONSIBLE_AUTHORITY', null
  from child c join agency a on a.kind in ('LOCAL_AUTHORITY', 'POLICE_FORCE') where c.responsible_authority_id is null
union all
-- The current placement: the placing and host authorities, the host police force and the care provider.
select p.child_id, p.placing_authority_id, null, null, 'PLACING_AUTHORITY', null
  from placement p where p.end_date is null or p.end_date >= current_date
union all
select p.child_id, p.host_authority_id, null, null, 'HOST_AUTHORITY', null
  from placement p where p.end_date is null or p.end_date >= current_date
union all
select p.child_id, p.host_police_force_id, null, null, 'HOST_POLICE_FORCE', null
  from placement p where (p.end_date is null or p.end_date >= current_date) and p.host_police_force_id is not null
union all
select p.child_id, p.provider_agency_id, null, null, 'CARE_PROVIDER', null
  from placement p where (p.end_date is null or p.end_date >= current_date) and p.provider_agency_id is not null
union all
-- Episodes: the police force it was reported to, and whoever reported it.
select e.child_id, e.police_force_id, null, null, 'EPISODE_POLICE_FORCE', null
  from episode e where e.police_force_id is not null
union all
select e.child_id, null, null, e.created_by, 'EPISODE_REPORTER', null from episode e
union all
-- The police forces whose areas the episode touched: home address, missing from, found (XB-04).
select e.child_id, f.force_id, null, null, 'EPISODE_FORCE_AREA', null
  from episode_force_area f join episode e on e.id = f.episode_id
union all
-- Return home interviews: the provider the child was referred to.
select o.child_id, o.provider_agency_id, null, null, 'RHI_REFERRAL', null
  from rhi_offer o where o.provider_agency_id is not null
union all
-- Assignment: an open task about the child for a person or a team.
select t.child_id, null, t.owner_team_id, t.owner_id, 'ASSIGNED_TASK', null
  from task t where t.status = 'OPEN' and t.child_id is not null
union all
-- Break-glass: a reason given, until it expires (the caller compares until with Homeward's clock).
select b.child_id, null, null, b.user_id, 'BREAK_GLASS', b.expires_at
  from break_glass_access b;
