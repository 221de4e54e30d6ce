-- When the response to a subject access request was sent, and by whom: until then the request is open, on
-- the deadline engine, and "Overdue" after its due date (UK GDPR Art. 12(3)).
alter table subject_access_request add column responded_on date;
alter table subject_access_request add column responded_by uuid references user_account (id);
alter table subject_access_request add constraint subject_access_request_responded
    check ((responded_on is null) = (responded_by is null) and (responded_on is null or responded_on >= received_on));
