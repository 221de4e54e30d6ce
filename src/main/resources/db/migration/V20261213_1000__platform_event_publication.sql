-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, schema v2): one row for each
-- reaction of another module to an event, written in the publisher's transaction and deleted when the reaction
-- has committed. A row left behind is a reaction that failed or never ran; it is tried again (decision 0032).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_incomplete on event_publication (status, publication_date) where completion_date is null;
