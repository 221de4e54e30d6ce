-- Each police risk grading or review names the assessor's rank or role and the information it rests
-- on: who supplied what, how to reach them, and when it was obtained (DOMAIN.md RA-01; APP risk
-- assessment, S31, S36). Gradings saved before this was asked for have neither.
alter table episode_grading add column assessor_rank varchar(100);

create table episode_grading_source (
    id          uuid primary key,
    grading_id  uuid          not null references episode_grading (id),
    position    smallint      not null,
    supplier    varchar(200)  not null,
    contact     varchar(200)  not null,
    information varchar(2000) not null,
    obtained_at timestamptz   not null,
    unique (grading_id, position)
);
