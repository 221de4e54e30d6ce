-- An interview by another worker of the local authority responsible for the child is not independent
-- of the child's care either (DfE 2014 statutory guidance, para 50; DOMAIN.md RHI-01).
insert into vocabulary_term (vocabulary, code, label, sort_order) values
('rhi-interviewer-role', 'RESPONSIBLE_AUTHORITY', 'Another worker of the local authority responsible for the child', 6);

-- Harms are coded like push and pull factors, so that they can be counted across children (RHI-09);
-- the child's account of harm stays free text beside them.
alter table rhi_factor drop constraint rhi_factor_vocabulary_check;
alter table rhi_factor add constraint rhi_factor_vocabulary_check
    check (vocabulary in ('rhi-push-factor', 'rhi-pull-factor', 'rhi-harm'));

insert into vocabulary_term (vocabulary, code, label, sort_order) values
('rhi-harm', 'NO_HARM', 'No harm disclosed', 1),
('rhi-harm', 'PHYSICAL', 'Physical harm or injury', 2),
('rhi-harm', 'SEXUAL', 'Sexual harm or assault', 3),
('rhi-harm', 'GIVEN_DRUGS', 'Given or used drugs or alcohol', 4),
('rhi-harm', 'THREATS', 'Threatened, intimidated or coerced', 5),
('rhi-harm', 'CRIME', 'Victim of, or drawn into, crime', 6),
('rhi-harm', 'UNSAFE_NIGHT', 'Slept rough or somewhere unsafe', 7),
('rhi-harm', 'NO_FOOD_MONEY', 'Went without food, money or medication', 8),
('rhi-harm', 'ONLINE', 'Harmed or contacted online', 9),
('rhi-harm', 'HARM_OTHER', 'Other harm', 99);

-- The people and places an interview finds, linked to the shared associate and location records
-- (docs/decisions/0004) rather than typed again, so a network or hot spot shows across children.
create table rhi_interview_associate (
    offer_id     uuid not null references rhi_interview (offer_id),
    associate_id uuid not null references associate (id) on delete cascade,
    primary key (offer_id, associate_id)
);
create index rhi_interview_associate_associate on rhi_interview_associate (associate_id);

create table rhi_interview_location (
    offer_id    uuid not null references rhi_interview (offer_id),
    location_id uuid not null references location (id) on delete cascade,
    primary key (offer_id, location_id)
);
create index rhi_interview_location_location on rhi_interview_location (location_id);

-- Counting coded findings by the day interviews were held.
create index rhi_interview_held on rhi_interview (held_at);
