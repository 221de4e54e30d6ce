-- Supervision records, reflective and case, between a supervisor and a supervisee, linkable to children
-- and seen only by the two of them and senior managers (OV-04; SRC-000/001 "supervision and management
-- oversight is effective").
create table supervision (
    id            uuid primary key,
    kind          varchar(20) not null check (kind in ('CASE', 'REFLECTIVE')),
    held_on       date        not null,
    supervisor_id uuid        not null references user_account (id),
    supervisee_id uuid        not null references user_account (id),
    discussion    text        not null check (btrim(discussion) <> ''),
    next_on       date,
    recorded_by   uuid        not null references user_account (id),
    recorded_at   timestamptz not null,
    check (supervisor_id <> supervisee_id),
    check (next_on is null or next_on > held_on)
);
create index supervision_supervisor on supervision (supervisor_id, held_on);
create index supervision_supervisee on supervision (supervisee_id, held_on);

create table supervision_child (
    supervision_id uuid not null references supervision (id),
    child_id       uuid not null references child (id),
    primary key (supervision_id, child_id)
);
create index supervision_child_child on supervision_child (child_id);

create table supervision_action (
    supervision_id uuid    not null references supervision (id),
    position       int     not null,
    action         text    not null check (btrim(action) <> ''),
    owner_id       uuid    not null references user_account (id),
    due_on         date    not null,
    primary key (supervision_id, position)
);
create index supervision_action_owner on supervision_action (owner_id, due_on);

-- The child's named trusted worker and every change (CR-09; SRC-000/001: "a consistent relationship with a
-- trusted worker"). Each row names who the child chose from a date; the row before it is who they replaced.
create table trusted_worker (
    id           uuid primary key,
    child_id     uuid         not null references child (id),
    user_id      uuid references user_account (id),
    person_name  varchar(200) not null check (btrim(person_name) <> ''),
    person_role  varchar(200) not null check (btrim(person_role) <> ''),
    agency       varchar(200) not null check (btrim(agency) <> ''),
    starts_on    date         not null,
    child_view   text         not null check (btrim(child_view) <> ''),
    reason       text check (reason is null or btrim(reason) <> ''),
    recorded_by  uuid         not null references user_account (id),
    recorded_at  timestamptz  not null
);
create index trusted_worker_child on trusted_worker (child_id, starts_on, recorded_at);

create function supervision_kept() returns trigger language plpgsql as $$
begin
    raise exception 'Supervision and trusted worker records are kept as made (%): record a new one', tg_op;
end;
$$;
create trigger trusted_worker_kept before update or delete on trusted_worker
    for each row execute function supervision_kept();
create trigger supervision_row_kept before update or delete on supervision
    for each row execute function supervision_kept();
