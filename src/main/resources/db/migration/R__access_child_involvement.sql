-- Who is involved with each child, and why (DOMAIN.md IS-02; ARCHITECTURE "Authorisation is
-- relationship-based"): a person sees a child when they, their team or their agency is involved.
--
-- The view child_involvement is the definition, read from the records that create the involvement.
-- The table involvement holds its answer, indexed from both sides, and is what every access check and
-- list reads (docs/decisions/0026-involvement-as-a-table.md): working the view out for one user cost
-- 0.5-1 s on the national-scale data set. Triggers keep the table equal to the view in the transaction
-- that changes a source record, for every writer (screens, imports, erasure, bulk loads); a nightly check
-- (access.internal.InvolvementCheck) proves the equality and repairs any child found to differ. This file
-- runs again whenever it changes, and then rebuilds the table from the definition.
--
-- Rows are timeless: an involvement that ends (a placement's end date, a break-glass expiry) carries
-- "until", and readers compare it with Homeward's clock; a person's own involvement that begins later (a
-- case-file audit not yet started) carries "since" too, compared the same way.
-- Rebuilding the table reads every child's records: longer than a page's statement is allowed.
set local statement_timeout = 0;
-- "Trigger does not exist, skipping" on a first run is expected, not news.
set local client_min_messages = warning;

drop view if exists child_involvement cascade;
create view child_involvement as
-- The responsible authority, the allocated worker and team, and the agency that recorded the child.
select c.id as child_id, c.responsible_authority_id as agency_id, null::uuid as team_id, null::uuid as user_id,
       'RESPONSIBLE_AUTHORITY'::varchar(30) as basis, null::timestamptz as since, null::timestamptz as until
  from child c where c.responsible_authority_id is not null
union all
select c.id, null, c.allocated_team_id, null, 'ALLOCATED_TEAM', null, null from child c where c.allocated_team_id is not null
union all
select c.id, null, null, c.allocated_worker_id, 'ALLOCATED_WORKER', null, null from child c where c.allocated_worker_id is not null
union all
select c.id, c.recorded_by_agency_id, null, null, 'RECORDED', null, null from child c where c.recorded_by_agency_id is not null
union all
-- The Independent Reviewing Officer of a looked-after child: every episode and the whole record (OV-06).
select c.id, null, null, c.iro_id, 'IRO', null, null from child c where c.iro_id is not null
union all
-- The police force whose area holds the responsible authority.
select c.id, a.police_force_id, null, null, 'POLICE_AREA', null, null
  from child c join agency a on a.id = c.responsible_authority_id where a.police_force_id is not null
union all
-- No responsible authority yet: every local authority's front door and every police force may pick the child up.
select c.id, a.id, null, null, 'NO_RESPONSIBLE_AUTHORITY', null, null
  from child c join agency a on a.kind in ('LOCAL_AUTHORITY', 'POLICE_FORCE') where c.responsible_authority_id is null
union all
-- Placements: the placing and host authorities, the host police force and the care provider, from the
-- start of the placement to the end of its last day (Homeward's dates are London dates).
select p.child_id, p.placing_authority_id, null, null, 'PLACING_AUTHORITY',
       p.start_date::timestamp at time zone 'Europe/London', (p.end_date + 1)::timestamp at time zone 'Europe/London'
  from placement p
union all
select p.child_id, p.host_authority_id, null, null, 'HOST_AUTHORITY',
       p.start_date::timestamp at time zone 'Europe/London', (p.end_date + 1)::timestamp at time zone 'Europe/London'
  from placement p
union all
select p.child_id, p.host_police_force_id, null, null, 'HOST_POLICE_FORCE',
       p.start_date::timestamp at time zone 'Europe/London', (p.end_date + 1)::timestamp at time zone 'Europe/London'
  from placement p where p.host_police_force_id is not null
union all
select p.child_id, p.provider_agency_id, null, null, 'CARE_PROVIDER',
       p.start_date::timestamp at time zone 'Europe/London', (p.end_date + 1)::timestamp at time zone 'Europe/London'
  from placement p where p.provider_agency_id is not null
union all
-- Episodes: the police force it was reported to, and whoever reported it.
select e.child_id, e.police_force_id, null, null, 'EPISODE_POLICE_FORCE', null, null
  from episode e where e.police_force_id is not null
union all
select e.child_id, null, null, e.created_by, 'EPISODE_REPORTER', null, null from episode e
union all
-- The police forces whose areas the episode touched: home address, missing from, found (XB-04).
select e.child_id, f.force_id, null, null, 'EPISODE_FORCE_AREA', null, null
  from episode_force_area f join episode e on e.id = f.episode_id
union all
-- Return home interviews: the provider the child was referred to.
select o.child_id, o.provider_agency_id, null, null, 'RHI_REFERRAL', null, null
  from rhi_offer o where o.provider_agency_id is not null
union all
-- Assignment: an open task about the child for a person or a team.
select t.child_id, null, t.owner_team_id, t.owner_id, 'ASSIGNED_TASK', null, null
  from task t where t.status = 'OPEN' and t.child_id is not null
union all
-- Break-glass: a reason given, until it expires.
select b.child_id, null, null, b.user_id, 'BREAK_GLASS', b.opened_at, b.expires_at
  from break_glass_access b
union all
-- A case-file audit: its auditors, moderators and lead, for the sampled children, while the audit runs (decision 0030).
select a.child_id, null, null, a.user_id, 'CASE_AUDIT', a.opens_at, a.closes_at
  from case_audit_access a;

create table if not exists involvement (
    child_id  uuid        not null,
    agency_id uuid,
    team_id   uuid,
    user_id   uuid,
    basis     varchar(30) not null,
    since     timestamptz,
    until     timestamptz
);
-- Asking about one child (every list row, every page) reads the index alone: the party columns and the end are in it.
drop index if exists involvement_child;
create index involvement_child on involvement (child_id) include (agency_id, team_id, user_id, since, until);
-- Which children an agency, team or person is involved with (a list's scope) is read from the index alone too.
drop index if exists involvement_agency;
drop index if exists involvement_team;
drop index if exists involvement_user;
create index involvement_agency on involvement (agency_id, child_id) include (until) where agency_id is not null;
create index involvement_team on involvement (team_id, child_id) include (until) where team_id is not null;
create index involvement_user on involvement (user_id, child_id) include (since, until, basis) where user_id is not null;

-- The nightly check's findings, so that a difference is visible and not only logged.
create table if not exists involvement_check (
    checked_at       timestamptz not null primary key,
    missing_rows     bigint      not null,
    extra_rows       bigint      not null,
    children_repaired bigint     not null
);

-- Rewrites the rows of the given children from the definition. Concurrent writers about one child are
-- serialised by an advisory lock on the child, so the second recomputes from what the first committed
-- (each statement of a volatile function reads afresh); a change about many children (a bulk load, an
-- agency's police force changed) takes the whole table instead, as holding a lock per child would not fit.
create or replace function involvement_refresh(children uuid[]) returns void
language plpgsql volatile as $$
declare
    child uuid;
begin
    children := array(select distinct c from unnest(children) c where c is not null order by 1);
    if cardinality(children) = 0 then
        return;
    end if;
    if cardinality(children) > 100 then
        perform pg_advisory_xact_lock(737001);
        delete from involvement i using unnest(children) c(id) where i.child_id = c.id;
        insert into involvement (child_id, agency_id, team_id, user_id, basis, since, until)
        select distinct v.child_id, v.agency_id, v.team_id, v.user_id, v.basis, v.since, v.until
          from child_involvement v where v.child_id in (select unnest(children));
        return;
    end if;
    perform pg_advisory_xact_lock_shared(737001);
    foreach child in array children loop
        perform pg_advisory_xact_lock(737002, hashtext(child::text));
    end loop;
    delete from involvement where child_id = any(children);
    insert into involvement (child_id, agency_id, team_id, user_id, basis, since, until)
    select distinct v.child_id, v.agency_id, v.team_id, v.user_id, v.basis, v.since, v.until
      from child_involvement v where v.child_id = any(children);
end $$;

-- After a statement on a source table: the children whose rows it touched. tg_argv[0] names the
-- child column, tg_argv[1] the columns the definition reads (an update changing none of them is skipped).
create or replace function involvement_source_changed() returns trigger
language plpgsql volatile as $$
declare
    child_column text := tg_argv[0];
    old_columns  text;
    new_columns  text;
    touched      uuid[];
begin
    if tg_op = 'INSERT' then
        execute format('select array_agg(%I) from new_rows', child_column) into touched;
    elsif tg_op = 'DELETE' then
        execute format('select array_agg(%I) from old_rows', child_column) into touched;
    else
        select string_agg('o.' || quote_ident(btrim(c)), ', '), string_agg('n.' || quote_ident(btrim(c)), ', ')
          into old_columns, new_columns
          from unnest(string_to_array(tg_argv[1], ',')) c;
        execute format('select array_agg(x) from (select o.%1$I x from old_rows o join new_rows n on n.id = o.id'
                       || ' where row(%2$s) is distinct from row(%3$s)'
                       || ' union select n.%1$I from old_rows o join new_rows n on n.id = o.id'
                       || ' where row(%2$s) is distinct from row(%3$s)) t',
                       child_column, old_columns, new_columns) into touched;
    end if;
    if touched is not null then
        perform involvement_refresh(touched);
    end if;
    return null;
end $$;

-- Episode force areas carry no child: the child is the episode's.
create or replace function involvement_force_area_changed() returns trigger
language plpgsql volatile as $$
declare
    touched uuid[];
begin
    if tg_op = 'INSERT' then
        touched := array(select e.child_id from new_rows f join episode e on e.id = f.episode_id);
    elsif tg_op = 'DELETE' then
        touched := array(select e.child_id from old_rows f join episode e on e.id = f.episode_id);
    else
        touched := array(select e.child_id from new_rows f join episode e on e.id = f.episode_id
                         union select e.child_id from old_rows f join episode e on e.id = f.episode_id);
    end if;
    perform involvement_refresh(touched);
    return null;
end $$;

-- Agencies: a change of police force moves the children of that authority; a local authority or force
-- added, removed or re-kinded changes who may pick up the children with no responsible authority.
create or replace function involvement_agency_changed() returns trigger
language plpgsql volatile as $$
declare
    unowned boolean := false;
begin
    if tg_op = 'INSERT' then
        unowned := exists (select 1 from new_rows where kind in ('LOCAL_AUTHORITY', 'POLICE_FORCE'));
    elsif tg_op = 'DELETE' then
        unowned := exists (select 1 from old_rows where kind in ('LOCAL_AUTHORITY', 'POLICE_FORCE'));
    else
        unowned := exists (select 1 from old_rows o join new_rows n on n.id = o.id where o.kind is distinct from n.kind);
        perform involvement_refresh(array(
            select c.id from old_rows o join new_rows n on n.id = o.id join child c on c.responsible_authority_id = n.id
             where o.police_force_id is distinct from n.police_force_id));
    end if;
    if unowned then
        perform involvement_refresh(array(select id from child where responsible_authority_id is null));
    end if;
    return null;
end $$;

do $$
declare
    source record;
    op text;
begin
    for source in select * from (values
            ('child', 'id', 'responsible_authority_id, allocated_team_id, allocated_worker_id, recorded_by_agency_id, iro_id'),
            ('placement', 'child_id', 'child_id, placing_authority_id, host_authority_id, host_police_force_id, provider_agency_id, start_date, end_date'),
            ('episode', 'child_id', 'child_id, police_force_id, created_by'),
            ('rhi_offer', 'child_id', 'child_id, provider_agency_id'),
            ('task', 'child_id', 'child_id, status, owner_team_id, owner_id'),
            ('break_glass_access', 'child_id', 'child_id, user_id, opened_at, expires_at'),
            ('case_audit_access', 'child_id', 'child_id, user_id, opens_at, closes_at')) s(tab, child_column, columns)
    loop
        foreach op in array array['insert', 'update', 'delete'] loop
            execute format('drop trigger if exists involvement_%2$s on %1$I', source.tab, op);
            execute format('create trigger involvement_%2$s after %2$s on %1$I referencing %3$s'
                           || ' for each statement execute function involvement_source_changed(%4$L, %5$L)',
                           source.tab, op,
                           case op when 'insert' then 'new table as new_rows'
                                   when 'delete' then 'old table as old_rows'
                                   else 'old table as old_rows new table as new_rows' end,
                           source.child_column, source.columns);
        end loop;
    end loop;
    foreach op in array array['insert', 'update', 'delete'] loop
        execute format('drop trigger if exists involvement_%1$s on episode_force_area', op);
        execute format('create trigger involvement_%1$s after %1$s on episode_force_area referencing %2$s'
                       || ' for each statement execute function involvement_force_area_changed()', op,
                       case op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                               else 'old table as old_rows new table as new_rows' end);
        execute format('drop trigger if exists involvement_%1$s on agency', op);
        execute format('create trigger involvement_%1$s after %1$s on agency referencing %2$s'
                       || ' for each statement execute function involvement_agency_changed()', op,
                       case op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                               else 'old table as old_rows new table as new_rows' end);
    end loop;
end $$;

-- The definition may have changed: rebuild the answer from it.
truncate involvement;
insert into involvement (child_id, agency_id, team_id, user_id, basis, since, until)
select distinct child_id, agency_id, team_id, user_id, basis, since, until from child_involvement;
analyze involvement;
