-- When each step of an episode happened, beside when it was recorded (changed_at): a chronology orders by
-- what happened, and an episode recorded after the event must sit where it happened.
alter table episode_change add column occurred_at timestamptz;

update episode_change c
   set occurred_at = case c.kind when 'REPORTED' then e.last_seen_at
                                 when 'LOCATED' then coalesce(e.located_at, c.changed_at)
                                 else c.changed_at end
  from episode e
 where e.id = c.episode_id;

update episode_change c
   set occurred_at = coalesce((select k.held_at from safe_and_well_check k
                                where k.episode_id = c.episode_id and k.recorded_at <= c.changed_at + interval '1 minute'
                                order by k.recorded_at desc limit 1), c.changed_at)
 where c.kind = 'SAFE_AND_WELL';
