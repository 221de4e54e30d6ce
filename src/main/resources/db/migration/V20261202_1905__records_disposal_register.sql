-- The disposal register (DOMAIN.md IS-08; docs/decisions/0019): each request to dispose of a record at the
-- end of its retention period, with why, and its approval by a different person (a named senior manager),
-- at which the record is disposed of. What was disposed of is named by type and record number only: the
-- register must not keep the personal data the disposal removed.
create table record_disposal (
    id                 uuid primary key,
    record_type        varchar(60)   not null,
    record_id          uuid          not null,
    rule               varchar(1000) not null check (btrim(rule) <> ''),
    retention_ended_on date          not null,
    reason             varchar(2000) not null check (btrim(reason) <> ''),
    requested_by       uuid          not null references user_account (id),
    requested_at       timestamptz   not null,
    approved_by        uuid references user_account (id),
    approved_at        timestamptz,
    check ((approved_by is null) = (approved_at is null)),
    check (approved_by is null or approved_by <> requested_by)
);
create unique index record_disposal_pending on record_disposal (record_type, record_id) where approved_at is null;
create index record_disposal_time on record_disposal (requested_at desc);

-- The register is kept: a request is approved once, and nothing in it is changed or deleted after.
create function record_disposal_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.approved_at is null and new.approved_at is not null
       and (new.id, new.record_type, new.record_id, new.rule, new.retention_ended_on, new.reason, new.requested_by,
            new.requested_at) = (old.id, old.record_type, old.record_id, old.rule, old.retention_ended_on, old.reason,
            old.requested_by, old.requested_at) then
        return new;
    end if;
    raise exception 'The disposal register is kept as recorded (%)', tg_op;
end;
$$;
create trigger record_disposal_no_change before update or delete on record_disposal
    for each row execute function record_disposal_kept();
create trigger record_disposal_no_truncate before truncate on record_disposal
    for each statement execute function record_disposal_kept();
