-- Rows kept as made (risk and exploitation screenings, supervision and trusted worker records) give way
-- only to an approved disposal at the end of retention (DOMAIN.md IS-08; docs/decisions/0019): the records
-- module sets homeward.disposal to 'approved' for that one transaction (set_config(..., true)) after it has
-- recorded the approval. A supervision that discussed other children too is kept for them, with the
-- disposed child's name taken out, hence the update.
create or replace function supervision_kept() returns trigger language plpgsql as $$
begin
    if current_setting('homeward.disposal', true) = 'approved' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'Supervision and trusted worker records are kept as made (%): record a new one', tg_op;
end;
$$;

create or replace function risk_screening_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('homeward.disposal', true) = 'approved' then
        return old;
    end if;
    raise exception 'A risk screening is kept as made (%): screen again instead', tg_op;
end;
$$;

create or replace function exploitation_screening_fixed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('homeward.disposal', true) = 'approved' then
        return old;
    end if;
    raise exception 'An exploitation screening once recorded cannot change (%): record a new one', tg_op;
end;
$$;
