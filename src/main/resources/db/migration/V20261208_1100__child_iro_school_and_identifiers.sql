-- The rest of the child's record (DOMAIN.md CR-01, CR-02): the school, the Independent Reviewing Officer
-- of a looked-after child, and the national police references (PNC ID, UK Missing Persons Unit reference).
alter table child add column school_name varchar(200) check (school_name is null or btrim(school_name) <> '');
-- The school's unique reference number in Get Information about Schools: six digits.
alter table child add column school_urn varchar(6) check (school_urn ~ '^[0-9]{6}$');
alter table child add column iro_id uuid references user_account (id);
-- Police National Computer ID, stored without spaces: year, slash, serial number and check letter.
alter table child add column pnc_id varchar(20) check (pnc_id ~ '^[0-9]{2,4}/[0-9]{1,7}[A-Z]$');
alter table child add column missing_persons_ref varchar(50) check (missing_persons_ref is null or btrim(missing_persons_ref) <> '');

create index child_iro on child (iro_id) where iro_id is not null;
create index child_pnc_id on child (pnc_id) where pnc_id is not null;
create index child_missing_persons_ref on child (upper(missing_persons_ref)) where missing_persons_ref is not null;

-- Every change of the child's IRO, as the trusted worker's are kept: who from when, recorded by whom.
-- iro_id null: the child no longer has one (no longer looked after).
create table child_iro_change (
    id          uuid primary key,
    child_id    uuid        not null references child (id),
    iro_id      uuid references user_account (id),
    changed_at  timestamptz not null,
    changed_by  uuid        not null references user_account (id)
);
create index child_iro_change_child on child_iro_change (child_id, changed_at);
