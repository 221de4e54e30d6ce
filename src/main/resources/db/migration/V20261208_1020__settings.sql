-- The partnership's thresholds and timescales as an administrator set them (CFG-02). A setting with no
-- row keeps its deployment default. Every change is kept with who, when and why.
create table setting_value (
    setting          varchar(60)  primary key,
    value            varchar(200) not null,
    changed_by       uuid         not null references user_account (id),
    changed_by_name  varchar(200) not null,
    changed_at       timestamptz  not null,
    reason           varchar(2000) not null
);

create table setting_change (
    id               bigint generated always as identity primary key,
    setting          varchar(60)  not null,
    old_value        varchar(200) not null,
    new_value        varchar(200) not null,
    changed_by       uuid         not null references user_account (id),
    changed_by_name  varchar(200) not null,
    changed_at       timestamptz  not null,
    reason           varchar(2000) not null
);
create index setting_change_by_setting on setting_change (setting, changed_at desc);
