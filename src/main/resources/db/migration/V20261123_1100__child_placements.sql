-- Overlap rules are exclusion constraints, which need btree_gist for uuid equality (trusted extension).
create extension if not exists btree_gist;

insert into vocabulary_term (vocabulary, code, label, sort_order) values
('placement-type', 'CHILDRENS_HOME', 'Children''s home', 1),
('placement-type', 'FOSTER_LA', 'Foster care (local authority carers)', 2),
('placement-type', 'FOSTER_AGENCY', 'Foster care (independent agency)', 3),
('placement-type', 'KINSHIP', 'Family and friends (kinship) care', 4),
('placement-type', 'SUPPORTED', 'Supported accommodation (16 and 17)', 5),
('placement-type', 'SECURE', 'Secure children''s home', 6),
('placement-type', 'RESIDENTIAL_SCHOOL', 'Residential school', 7),
('placement-type', 'PARENTS', 'Placed with parents', 8),
('placement-type', 'OTHER', 'Other', 9);

create table placement (
    id                    uuid primary key,
    child_id              uuid         not null references child (id),
    placement_type        varchar(30)  not null,
    provider_name         varchar(200) not null,
    address               varchar(500),
    postcode              varchar(10),
    placing_authority_id  uuid         not null references agency (id),
    host_authority_id     uuid         not null references agency (id),
    host_police_force_id  uuid references agency (id),
    start_date            date         not null,
    end_date              date,
    created_at            timestamptz  not null,
    version               bigint       not null,
    check (end_date is null or end_date >= start_date),
    -- A child is in one placement at a time.
    exclude using gist (child_id with =, daterange(start_date, end_date, '[]') with &&)
);
create index placement_host on placement (host_authority_id) where end_date is null;
