-- The notification times and carer reporting pages read the episodes last seen in a period, for the whole
-- partnership or one council's children; they stay live (ADR 0027), so the period needs its index.
create index episode_last_seen on episode (last_seen_at);
