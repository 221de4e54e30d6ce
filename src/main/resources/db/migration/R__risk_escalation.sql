-- Episodes that a high risk rating by the police or the council has escalated to the named senior
-- manager (DOMAIN.md RA-07, OV-02): the flag the oversight deadline engine is to pick up. raised_at is
-- the first high rating by either; police_high and council_high say whether each one's latest rating
-- is high now. It starts from the high ratings, so it reads only the episodes they concern.
create or replace view risk_escalation as
with high as (
    select episode_id, min(graded_at) as police_first, null::timestamptz as council_first
      from episode_grading where risk_level = 'HIGH' group by episode_id
    union all
    select episode_id, null, min(screened_at)
      from risk_screening where rating = 'HIGH' group by episode_id
), first_high as (
    select episode_id, min(police_first) as police_first, min(council_first) as council_first
      from high group by episode_id
)
select e.id as episode_id, e.child_id, least(f.police_first, f.council_first) as raised_at,
       f.police_first as police_high_at, f.council_first as council_high_at,
       coalesce(pl.risk_level = 'HIGH', false) as police_high, coalesce(cl.rating = 'HIGH', false) as council_high,
       pl.risk_level as police_risk, cl.rating as council_rating, e.closed_at is null as episode_open
  from first_high f
  join episode e on e.id = f.episode_id
  left join lateral (select g.risk_level from episode_grading g
                      where g.episode_id = e.id order by g.graded_at desc, g.id limit 1) pl on true
  left join lateral (select s.rating from risk_screening s
                      where s.episode_id = e.id order by s.screened_at desc, s.id limit 1) cl on true;
