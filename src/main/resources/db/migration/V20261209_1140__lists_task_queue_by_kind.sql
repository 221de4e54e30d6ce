-- Every open task sorted by kind (the senior managers' "All teams" queue) is read by keyset on (kind, due,
-- id): this index gives that order from the position on, so a page reads only its own rows. A person's or a
-- team's queue is read through its owner indexes and sorted there, being a few hundred tasks at most.
create index task_open_kind on task (kind, due_at, id) where status = 'OPEN';
