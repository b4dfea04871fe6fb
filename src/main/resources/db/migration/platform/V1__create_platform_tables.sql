-- Platform: identity, roles and their visibility scopes, API tokens, audit trail,
-- HTTP sessions (Spring Session JDBC) and the event publication registry (Spring Modulith).

create table roles (
    code        varchar(40) primary key,
    read_scope  varchar(10) not null,
    write_scope varchar(10) not null,
    position    int         not null
);

insert into roles (code, read_scope, write_scope, position) values
    ('ADMIN',            'ALL',  'ALL',  1),
    ('SALES_MANAGER',    'TEAM', 'TEAM', 2),
    ('SALES_REP',        'TEAM', 'TEAM', 3),
    ('SERVICE_AGENT',    'ALL',  'TEAM', 4),
    ('MARKETER',         'ALL',  'TEAM', 5),
    ('FIELD_TECHNICIAN', 'ALL',  'TEAM', 6),
    ('READ_ONLY',        'ALL',  'NONE', 7);

create table teams (
    id         uuid primary key,
    name       varchar(200) not null,
    manager_id uuid,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    version    bigint not null,
    constraint uq_teams_name unique (name)
);

create table users (
    id            uuid primary key,
    username      varchar(100) not null,
    password_hash varchar(200) not null,
    full_name     varchar(200) not null,
    email         varchar(254),
    language      varchar(10)  not null,
    time_zone     varchar(60)  not null,
    team_id       uuid references teams (id),
    active        boolean      not null,
    failed_logins int          not null,
    locked_until  timestamp with time zone,
    created_at    timestamp with time zone not null,
    created_by    uuid,
    updated_at    timestamp with time zone not null,
    updated_by    uuid,
    version       bigint not null,
    constraint uq_users_username unique (username)
);
create index ix_users_team on users (team_id);

alter table teams add constraint fk_teams_manager foreign key (manager_id) references users (id);
create index ix_teams_manager on teams (manager_id);

create table user_roles (
    user_id   uuid        not null references users (id) on delete cascade,
    role_code varchar(40) not null references roles (code),
    primary key (user_id, role_code)
);

create table api_tokens (
    id           uuid primary key,
    user_id      uuid         not null references users (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint uq_api_tokens_hash unique (token_hash)
);
create index ix_api_tokens_user on api_tokens (user_id);

create table audit_entries (
    id          uuid primary key,
    change_id   uuid         not null,
    entity_type varchar(40)  not null,
    entity_id   uuid         not null,
    action      varchar(10)  not null,
    field       varchar(100),
    old_value   varchar(4000),
    new_value   varchar(4000),
    actor_id    uuid,
    actor_name  varchar(200),
    occurred_at timestamp with time zone not null
);
create index ix_audit_entity on audit_entries (entity_type, entity_id, occurred_at);

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table event_publication (
    id                     uuid primary key,
    listener_id            varchar not null,
    event_type             varchar not null,
    serialized_event       varchar not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
