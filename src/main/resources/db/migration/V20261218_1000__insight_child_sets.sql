-- The whole partnership's children of each month as sets of numbers (ADR 0034): a year's distinct children,
-- repeat children and children by each breakdown value are unions of twelve months' sets, not a fold per child.

-- A number for each child insight has counted; it identifies no one once the child is erased.
create table insight_child (
    child_id uuid    primary key references child (id) on delete cascade,
    number   integer not null generated always as identity unique
);

-- For each London month, the children with an episode in it: all of them (kind ALL), the looked-after
-- (LOOKED_AFTER), by the largest repeat count among their episodes (WINDOW, value the count), by their episodes
-- in the month (EPISODES, value the count) and by each breakdown value seen (kind the dimension). numbers is a
-- serialized Roaring bitmap of insight_child numbers.
create table insight_month_children (
    month    date        not null,
    kind     varchar(20) not null,
    value    varchar(40) not null,
    children integer     not null,
    numbers  bytea       not null,
    primary key (month, kind, value)
);
-- Already compressed: stored as written, so reading a year's sets does not decompress them.
alter table insight_month_children alter column numbers set storage external;

-- The next count is a full one, which numbers the children and fills the sets.
update insight_refresh set full_pass_at = null;
