-- The police information pack issued when a child is reported missing, kept as it was issued
-- (DOMAIN.md RA-06, CR-06): the whole pack, its photograph and part 2 of the Philomena profile.
-- episode_id has no foreign key: episodes belong to the episode module, which issues through PolicePacks.
create table police_pack_issue (
    id             uuid primary key,
    child_id       uuid         not null references child (id) on delete cascade,
    episode_id     uuid         not null unique,
    issued_at      timestamptz  not null,
    issued_by      uuid references user_account (id),
    issued_by_name varchar(402) not null, -- "display name, agency name"
    pack           jsonb        not null
);
create index police_pack_issue_child on police_pack_issue (child_id, issued_at desc);

-- A pack once issued is a record of what the police were given: it is never changed.
create function police_pack_issue_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'An issued police information pack cannot be changed';
end;
$$;
create trigger police_pack_issue_no_update before update on police_pack_issue
    for each row execute function police_pack_issue_unchanged();
