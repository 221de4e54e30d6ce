-- The child population the partnership's rates are worked out against (SR-09): for one year (the ONS mid-year
-- estimate, 30 June) and one council, or with no council the whole partnership, the number of children under
-- 18 in all and by sex, age band and ethnic group. An administrator enters it or imports it from a CSV file.
create table insight_population (
    id              uuid         primary key,
    year            integer      not null check (year between 1990 and 2100),
    authority_id    uuid         references agency (id) on delete cascade,
    entered_at      timestamptz  not null,
    entered_by_name varchar(200) not null
);
-- One population for a year and a council; the partnership's own (no council) once a year too.
create unique index insight_population_once
    on insight_population (year, coalesce(authority_id, '00000000-0000-0000-0000-000000000000'::uuid));

create table insight_population_group (
    population_id  uuid        not null references insight_population (id) on delete cascade,
    -- ALL (the whole population, group ALL), SEX, AGE or ETHNICITY, with the codes insight's figures group by.
    characteristic varchar(20) not null check (characteristic in ('ALL', 'SEX', 'AGE', 'ETHNICITY')),
    group_code     varchar(20) not null,
    children       integer     not null check (children >= 0),
    primary key (population_id, characteristic, group_code)
);
