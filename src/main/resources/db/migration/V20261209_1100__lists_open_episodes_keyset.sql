-- The missing-now list reads its pages by keyset on (last seen, id): the index carries the id so that a
-- page starts where the last one ended without sorting the open episodes again. It replaces the index on
-- last seen alone, which it serves as well.
create index episode_missing_now_keyset on episode (last_seen_at, id) where located_at is null;
drop index episode_missing_now;
