-- Subject access requests (UK GDPR Art. 15) about a child: who asked, when it was received, that their
-- identity was checked, and when the response is due (one calendar month, Art. 12(3)).
create table subject_access_request (
    id                uuid primary key,
    child_id          uuid         not null references child (id),
    requester_kind    varchar(30)  not null check (requester_kind in ('CHILD', 'CARE_EXPERIENCED_ADULT', 'REPRESENTATIVE')),
    requester_name    varchar(200) not null check (btrim(requester_name) <> ''),
    authority         varchar(1000),
    received_on       date         not null,
    identity_checked  boolean      not null check (identity_checked),
    due_on            date         not null check (due_on > received_on),
    recorded_by       uuid         not null references user_account (id),
    recorded_at       timestamptz  not null,
    -- A representative acts only with the requester's authority (a parent, a solicitor, an advocate).
    check (requester_kind <> 'REPRESENTATIVE' or btrim(coalesce(authority, '')) <> '')
);
create index subject_access_request_child on subject_access_request (child_id, received_on desc);
