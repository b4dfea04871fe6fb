-- Interactions (issue 8): one row per touchpoint with a customer, on the timeline of its contact and account.
-- account_id is stamped when the entry is logged (the contact's account when only the contact is given), so that
-- an account's timeline is one index range: (account_id, occurred_at desc, id desc), as KeysetList orders it.
create table interactions (
    id               uuid primary key,
    channel          varchar(20)  not null,
    direction        varchar(10)  not null,
    occurred_at      timestamp with time zone not null,
    subject          varchar(200) not null,
    body             varchar(20000),
    outcome          varchar(200),
    duration_seconds int,
    handled_by       uuid,
    contact_id       uuid,
    account_id       uuid,
    related_type     varchar(40),
    related_id       uuid,
    owner_id         uuid         not null,
    team_id          uuid,
    custom_fields    varchar(20000),
    created_at       timestamp with time zone not null,
    created_by       uuid,
    updated_at       timestamp with time zone not null,
    updated_by       uuid,
    version          bigint       not null,
    deleted_at       timestamp with time zone,
    deleted_by       uuid,
    constraint ck_interactions_party check (contact_id is not null or account_id is not null),
    constraint ck_interactions_duration check (duration_seconds is null or duration_seconds >= 0)
);
create index ix_interactions_contact_time on interactions (contact_id, occurred_at desc, id desc);
create index ix_interactions_account_time on interactions (account_id, occurred_at desc, id desc);
create index ix_interactions_time on interactions (occurred_at desc, id desc);
create index ix_interactions_owner on interactions (owner_id);
create index ix_interactions_team on interactions (team_id);
create index ix_interactions_deleted on interactions (deleted_at);
create index ix_interactions_related on interactions (related_type, related_id);

-- attachments are kept in the database with their interaction (ADR 026): one backup, one transaction
create table interaction_attachments (
    id             uuid primary key,
    interaction_id uuid         not null references interactions (id) on delete cascade,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size           bigint       not null,
    bytes          bytea        not null,
    created_at     timestamp with time zone not null,
    created_by     uuid
);
create index ix_interaction_attachments_interaction on interaction_attachments (interaction_id, created_at);

-- every role sees and writes interactions as it does the customers they belong to
insert into role_scopes (role_code, record_type, read_scope, write_scope)
    select code, 'INTERACTION', read_scope, write_scope from roles;
