-- The proforma's distribution list (DOMAIN.md D.3, MP-01): the people and agencies the minutes go to, one a
-- line. Meetings recorded before it was asked for have none.
alter table missing_meeting add column distribution text check (btrim(distribution) <> '');
