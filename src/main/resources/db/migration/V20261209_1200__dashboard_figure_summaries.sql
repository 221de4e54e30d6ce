-- The compliance dashboard and the interview measures read these counts instead of scanning the period's
-- records on every request. Each row is one figure for one London day and one responsible authority;
-- a row with partnership set is that day's total for every authority (and children with none recorded),
-- so that a partnership-wide year sums a few thousand rows rather than one per authority.
create table dashboard_figure_day (
    day          date        not null,
    authority_id uuid,
    partnership  boolean     not null default false,
    figure       varchar(80) not null,
    count        bigint      not null,
    out_of       bigint      not null,
    check (not partnership or authority_id is null)
);
-- Counts are derived and replaced by whole days, so they carry no foreign key to check on every insert.
create index dashboard_figure_day_by_authority on dashboard_figure_day (authority_id, day) where not partnership;
create index dashboard_figure_day_partnership on dashboard_figure_day (day) where partnership;
-- Each refresh deletes and totals its days.
create index dashboard_figure_day_by_day on dashboard_figure_day (day);

-- Figures that stand at a moment ("overdue now"), as at the last refresh.
create table dashboard_figure_now (
    authority_id uuid,
    figure       varchar(80) not null,
    count        bigint      not null,
    out_of       bigint      not null
);

-- When the figures were last worked out; the page shows it. One row.
create table dashboard_refresh (
    id             integer     primary key check (id = 1),
    refreshed_at   timestamptz not null,
    full_pass_at   timestamptz
);
