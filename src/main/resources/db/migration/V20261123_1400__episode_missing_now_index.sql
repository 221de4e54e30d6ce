-- Children missing now: the lists ask for episodes with no return yet. A closed episode always has
-- one (see the check on episode), so this one condition is exact, and the planner estimates it
-- from the column's null fraction instead of multiplying two correlated conditions down to one row.
create index episode_missing_now on episode (last_seen_at) where located_at is null;
