-- When the police closed their missing-person investigation (EP-01): a step of its own, after the return,
-- recorded by the force; the episode itself closes only once its return interview has an outcome.
create table episode_police_closure (
    episode_id     uuid primary key references episode (id),
    closed_at      timestamptz  not null,
    note           varchar(2000),
    recorded_by    uuid         not null references user_account (id),
    recorded_name  varchar(200) not null,
    recorded_at    timestamptz  not null
);
