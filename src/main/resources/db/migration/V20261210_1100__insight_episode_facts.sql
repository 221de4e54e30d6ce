-- Insight's read model: one row per episode with what the partnership's reports group and count by, as it
-- stood when last counted (ADR 0029). Rebuilt for recent episodes every few minutes and for all nightly, so
-- that a board report reads one narrow table instead of joining eight on every request.
create table insight_episode (
    -- An erased episode leaves insight with it, not at the next count.
    episode_id           uuid        primary key references episode (id) on delete cascade,
    child_id             uuid        not null,
    -- The council responsible for the child, and where a placement was, the council hosting it.
    authority_id         uuid,
    placing_authority_id uuid,
    host_authority_id    uuid,
    started_at           timestamptz not null,
    start_day            date        not null,  -- London day
    start_hour           smallint    not null,  -- London hour, 0 to 23
    start_dow            smallint    not null,  -- ISO day of week, 1 Monday to 7 Sunday
    ended_at             timestamptz,
    category             varchar(30) not null,
    missing_from         varchar(20) not null,
    classification       varchar(20),           -- police, at the latest grading
    risk_level           varchar(20),           -- police, at the latest grading
    highest_risk         varchar(20),           -- the highest the police graded during the episode
    age                  smallint    not null,  -- whole years when last seen
    sex                  varchar(1)  not null,
    ethnicity            varchar(4),
    disabled             boolean     not null,
    legal_status         varchar(20) not null,
    placement_type       varchar(30),
    placed               boolean     not null,  -- the episode records a placement it began from
    return_method        varchar(20),
    located_where        varchar(500),
    harm_found           boolean     not null,  -- harm recorded on the episode, safe-and-well check or interview
    exploitation         boolean     not null,  -- exploitation identified at the return interview
    screened             boolean     not null,  -- an exploitation screening within 28 days of the start
    offered              boolean     not null,  -- a return interview offered
    offer_outcome        varchar(20),
    interview_held_at    timestamptz,
    returned_at          timestamptz,
    provider_agency_id   uuid,
    independent          boolean,
    safe_and_well_at     timestamptz,
    police_reported_at   timestamptz,
    council_notified_at  timestamptz,
    -- This episode and the child's others that began in the repeat window before it (setting INSIGHT_REPEAT_MONTHS).
    in_window            smallint    not null,
    counted_at           timestamptz not null
);
-- A period's rows, the partnership's and one council's, read by index.
create index insight_episode_by_day on insight_episode (start_day);
create index insight_episode_by_authority on insight_episode (authority_id, start_day);
create index insight_episode_by_host on insight_episode (host_authority_id, start_day) where host_authority_id is not null;
-- Children still missing at a period's end, and each child's episodes in order for the repeat window.
create index insight_episode_span on insight_episode using gist (tstzrange(started_at, ended_at, '[)'));
create index insight_episode_by_child on insight_episode (child_id, started_at);

-- When insight last counted; one row.
create table insight_refresh (
    id           integer     primary key check (id = 1),
    refreshed_at timestamptz not null,
    full_pass_at timestamptz,
    repeat_months integer    not null
);

-- The key that turns a child's identifier into the stable pseudonym analysts see. Made once, never shown.
create table insight_pseudonym_key (
    id  integer primary key check (id = 1),
    key bytea   not null check (length(key) >= 32)
);
