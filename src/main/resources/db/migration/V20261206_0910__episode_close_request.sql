-- Asking to close an episode that still waits on something (a manager's sign-off) keeps the note and who
-- asked; the episode closes with that note as soon as nothing stands in the way.
alter table episode add column close_requested_at timestamptz;
alter table episode add column close_requested_by uuid references user_account (id);
alter table episode add column close_requested_by_name varchar(200);
alter table episode add column close_requested_note varchar(2000);
alter table episode add constraint episode_close_request_whole
    check ((close_requested_at is null) = (close_requested_note is null));
