-- An owed email is retried with a growing delay until it goes; one that can never go (an address the
-- mail server refuses) is given up after a number of attempts, with the reason kept. The reason is the
-- failure's kind only, never an address or a message's text.
alter table notification add column email_attempts integer not null default 0;
alter table notification add column email_next_attempt_at timestamptz;
alter table notification add column email_last_error varchar(200);
alter table notification add column email_failed_at timestamptz;
alter table notification add constraint notification_email_sent_or_failed
    check (emailed_at is null or email_failed_at is null);

drop index notification_to_email;
create index notification_to_email on notification (created_at)
    where email_subject is not null and emailed_at is null and email_failed_at is null;
