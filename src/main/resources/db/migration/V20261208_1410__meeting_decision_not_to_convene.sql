-- A decision not to convene the meeting the criteria call for (DOMAIN.md CR-11): a manager's, with the
-- reason, who decided and when (withdrawn_at). Like a meeting, it answers what was known when it was made,
-- including the concerning associates then on record; only something new raises a meeting again.
alter table meeting_requirement add column not_convened_by uuid references user_account (id);
alter table meeting_requirement add column not_convened_reason text check (btrim(not_convened_reason) <> '');
alter table meeting_requirement add column not_convened_associates uuid[];
alter table meeting_requirement add constraint meeting_requirement_not_convened
    check ((not_convened_by is null) = (not_convened_reason is null)
       and (not_convened_by is null) = (not_convened_associates is null)
       and (not_convened_by is null or withdrawn_at is not null));
create index meeting_requirement_not_convened on meeting_requirement (child_id, withdrawn_at)
    where not_convened_by is not null;
