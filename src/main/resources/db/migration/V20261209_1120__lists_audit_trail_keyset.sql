-- The audit search reads its pages by keyset, newest first, ties by the entry's number: each of its filters
-- (a child, a username, or dates alone) has an index in that order, carrying the number so that a page
-- starts where the last one ended. A username is matched whatever its case, as people type it.
create index audit_entry_child_keyset on audit_entry (child_id, occurred_at, id) where child_id is not null;
drop index audit_entry_child;
create index audit_entry_username on audit_entry (lower(username), occurred_at, id);
create index audit_entry_time_keyset on audit_entry (occurred_at, id);
drop index audit_entry_time;
