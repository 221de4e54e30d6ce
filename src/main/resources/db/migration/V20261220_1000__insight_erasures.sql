-- Every erasure from insight's episodes outside a count, counted, never reset: what insight keeps between counts
-- (ADR 0038) and worked out before an erasure is never shown after it.
alter table insight_refresh add column erasures bigint not null default 0;

create function insight_episode_erased() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('homeward.recounting', true), '') <> 'on' and exists (select 1 from gone) then
        update insight_refresh set erasures = erasures + 1 where id = 1;
    end if;
    return null;
end
$$;

create trigger insight_episode_erased after delete on insight_episode
    referencing old table as gone for each statement execute function insight_episode_erased();
