-- Open return interview offers (no interview held, no final outcome) are a few hundred among millions:
-- the lists and counts of them read a partial index of exactly those. Whether an interview was held
-- lives in rhi_interview (one interview may cover several offers), so the offer carries a copy of its
-- time, kept by the database whenever an interview or an offer's cover changes.
set local statement_timeout = 0;

alter table rhi_offer add column interview_held_at timestamptz;

update rhi_offer o set interview_held_at = i.held_at
  from rhi_interview i where i.offer_id = coalesce(o.covered_by, o.id);

create function rhi_offer_interview_held() returns trigger language plpgsql as $$
begin
    new.interview_held_at := (select held_at from rhi_interview where offer_id = coalesce(new.covered_by, new.id));
    return new;
end $$;

create trigger rhi_offer_interview_held before insert or update of covered_by on rhi_offer
    for each row execute function rhi_offer_interview_held();

create function rhi_interview_held() returns trigger language plpgsql as $$
begin
    update rhi_offer o set interview_held_at = (select held_at from rhi_interview i where i.offer_id = coalesce(o.covered_by, o.id))
     where o.id in (select offer_id from changed_rows) or o.covered_by in (select offer_id from changed_rows);
    return null;
end $$;

create trigger rhi_interview_held_insert after insert on rhi_interview referencing new table as changed_rows
    for each statement execute function rhi_interview_held();
create trigger rhi_interview_held_update after update on rhi_interview referencing new table as changed_rows
    for each statement execute function rhi_interview_held();
create trigger rhi_interview_held_delete after delete on rhi_interview referencing old table as changed_rows
    for each statement execute function rhi_interview_held();

create index rhi_offer_open on rhi_offer (due_at, id)
    where interview_held_at is null and (outcome is null or outcome = 'ACCEPTED');
create index rhi_offer_open_by_provider on rhi_offer (provider_agency_id, due_at, id)
    where interview_held_at is null and (outcome is null or outcome = 'ACCEPTED') and not_offered_reason is null;

-- Children back in the last few days whose safe and well check is not yet recorded (coordinator's list).
create index episode_located on episode (located_at) where located_at is not null;
