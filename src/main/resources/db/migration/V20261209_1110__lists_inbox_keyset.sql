-- The police messages inbox and the notifications list are read by keyset: those waiting first (a rank,
-- 1 while waiting), then newest first, ties by id, all in one direction so that one row comparison starts
-- each page and the index, read backwards, gives the rows in order with nothing to sort.
create index police_message_inbox_keyset
    on police_message (to_agency_id, ((acknowledged_at is null)::int), sent_at, id);
drop index police_message_inbox;

create index notification_recipient_keyset
    on notification (recipient_id, ((acknowledged_at is null)::int), created_at, id);
drop index notification_recipient;
