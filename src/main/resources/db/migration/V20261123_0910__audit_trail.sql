create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    user_id        uuid,
    username       varchar(60)  not null,
    agency_name    varchar(200),
    action         varchar(20)  not null,
    record_type    varchar(40)  not null,
    record_id      uuid,
    child_id       uuid,
    fields_changed text[]       not null default '{}',
    detail         varchar(500),
    client_address varchar(64)
);
create index audit_entry_child on audit_entry (child_id, occurred_at desc) where child_id is not null;
create index audit_entry_user on audit_entry (user_id, occurred_at desc);
create index audit_entry_time on audit_entry (occurred_at desc);

-- The trail is append-only: no update, delete or truncate, whatever the application asks.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
