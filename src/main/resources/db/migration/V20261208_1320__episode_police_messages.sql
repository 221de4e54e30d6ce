-- Structured messages from the police to the child's responsible council (DOMAIN.md IS-04, EP-03):
-- a new missing report, and found or returned with the safe-and-well outcome. Each is acknowledged
-- by someone of the council it was sent to; sent and acknowledged times give the notification latency.
create table police_message (
    id                   uuid primary key,
    episode_id           uuid          not null references episode (id),
    child_id             uuid          not null references child (id),
    kind                 varchar(20)   not null check (kind in ('MISSING_REPORT', 'FOUND')),
    from_agency_id       uuid references agency (id),
    to_agency_id         uuid          not null references agency (id),
    last_seen_at         timestamptz,
    risk_level           varchar(30),
    police_reference     varchar(50),
    found_at             timestamptz,
    found_where          varchar(500),
    found_with           varchar(1000),
    check_outcome        varchar(4000),
    sent_at              timestamptz   not null,
    sent_by              uuid references user_account (id),
    sent_by_name         varchar(200)  not null,
    acknowledged_at      timestamptz,
    acknowledged_by      uuid references user_account (id),
    acknowledged_by_name varchar(200),
    check ((acknowledged_at is null) = (acknowledged_by_name is null)),
    check (acknowledged_at is null or acknowledged_at >= sent_at),
    check (kind <> 'FOUND' or found_at is not null)
);
-- The council's inbox: its messages, those not yet acknowledged first, newest first.
create index police_message_inbox on police_message (to_agency_id, (acknowledged_at is not null), sent_at desc);
create index police_message_episode on police_message (episode_id, sent_at);
create index police_message_sent on police_message (sent_at);
