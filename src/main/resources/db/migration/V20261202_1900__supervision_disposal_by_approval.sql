-- Supervision and trusted worker records are kept as made, except that an approved disposal at the end
-- of their retention period deletes them (DOMAIN.md IS-08; docs/decisions/0019). The records module sets
-- homeward.disposal for its one transaction only (set_config(..., true)), after the approval is recorded.
create or replace function supervision_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('homeward.disposal', true) = 'approved' then
        return old;
    end if;
    raise exception 'Supervision and trusted worker records are kept as made (%): record a new one', tg_op;
end;
$$;
