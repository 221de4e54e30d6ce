-- Where each episode began and ended, as typed and as places are matched (location_match_key of the first 200
-- characters, no postcode), worked out once at counting time: the places, people and network pages group a
-- period's episodes by these keys, which at national scale cost more to compute per request than to read.
alter table insight_episode
    add column last_seen_place varchar(500),
    add column last_seen_key   text,
    add column found_key       text;

-- Children who went missing together (last seen at the same place, episodes overlapping) for a batch of the
-- whole partnership's children, found by index rather than by joining every episode of the period to every other.
create index insight_episode_together on insight_episode using gist (last_seen_key, tstzrange(started_at, ended_at, '[]'));

-- The next count is a full one, which fills the keys and the places and associates summaries.
update insight_refresh set full_pass_at = null;
