-- The latest change of each record, for "recently changed" lists: one row per record, kept 90 days.
create table recent_changes (
    record_type varchar(40)  not null,
    record_id   uuid         not null,
    action      varchar(10)  not null,
    title       varchar(400),
    actor_id    uuid,
    occurred_at timestamp with time zone not null,
    owner_id    uuid,
    team_id     uuid,
    customer_id uuid,
    primary key (record_type, record_id)
);
create index ix_recent_changes_time on recent_changes (occurred_at);
