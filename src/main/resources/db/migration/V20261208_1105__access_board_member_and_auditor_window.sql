-- An auditor's case access is time-boxed (DOMAIN.md IS-02): an administrator grants it from one day to
-- another (both included, UK dates); outside it, or with no grant, the auditor opens no child's record.
alter table user_account add column auditor_access_from date;
alter table user_account add column auditor_access_until date;
alter table user_account add constraint user_account_auditor_window
    check ((auditor_access_from is null) = (auditor_access_until is null)
           and (auditor_access_until is null or auditor_access_until >= auditor_access_from));
