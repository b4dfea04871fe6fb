-- Customers: accounts (companies, people, households) and contacts, with their phones,
-- emails, addresses, tags, social profiles and consent records.
-- owner_id / team_id reference platform users and teams by id only (no cross-module keys).

create table accounts (
    id              uuid primary key,
    kind            varchar(20)  not null,
    name            varchar(200) not null,
    sort_name       varchar(200) not null,
    legal_name      varchar(200),
    tax_id_kind     varchar(10),
    tax_id          varchar(20),
    industry        varchar(100),
    website         varchar(2000),
    lifecycle_stage varchar(20)  not null,
    tier            varchar(20),
    parent_id       uuid references accounts (id),
    owner_id        uuid         not null,
    team_id         uuid,
    notes           varchar(10000),
    custom_fields   varchar(20000),
    created_at      timestamp with time zone not null,
    created_by      uuid,
    updated_at      timestamp with time zone not null,
    updated_by      uuid,
    version         bigint not null
);
create index ix_accounts_sort on accounts (sort_name, id);
create index ix_accounts_owner on accounts (owner_id);
create index ix_accounts_team on accounts (team_id);
create index ix_accounts_tax_id on accounts (tax_id);
create index ix_accounts_parent on accounts (parent_id);
create index ix_accounts_updated on accounts (updated_at, id);

create table account_phones (
    account_id uuid        not null references accounts (id) on delete cascade,
    position   int         not null,
    type       varchar(10) not null,
    number     varchar(20) not null,
    primary key (account_id, position)
);
create index ix_account_phones_number on account_phones (number);

create table account_emails (
    account_id uuid         not null references accounts (id) on delete cascade,
    position   int          not null,
    type       varchar(10)  not null,
    address    varchar(254) not null,
    primary key (account_id, position)
);
create index ix_account_emails_address on account_emails (address);

create table account_addresses (
    account_id  uuid        not null references accounts (id) on delete cascade,
    position    int         not null,
    type        varchar(10) not null,
    street      varchar(200),
    number      varchar(20),
    complement  varchar(100),
    district    varchar(100),
    city        varchar(100),
    region      varchar(100),
    postal_code varchar(20),
    country     varchar(2),
    primary key (account_id, position)
);

create table account_tags (
    account_id uuid        not null references accounts (id) on delete cascade,
    tag        varchar(50) not null,
    primary key (account_id, tag)
);
create index ix_account_tags_tag on account_tags (tag);

create table contacts (
    id                      uuid primary key,
    first_name              varchar(200),
    last_name               varchar(200),
    sort_name               varchar(401) not null,
    account_id              uuid references accounts (id) on delete set null,
    job_title               varchar(200),
    responsibilities        varchar(2000),
    tax_id_kind             varchar(10),
    tax_id                  varchar(20),
    preferred_channel       varchar(20),
    preferred_contact_hours varchar(100),
    language                varchar(10),
    time_zone               varchar(60),
    lifecycle_stage         varchar(20) not null,
    owner_id                uuid        not null,
    team_id                 uuid,
    notes                   varchar(10000),
    custom_fields           varchar(20000),
    created_at              timestamp with time zone not null,
    created_by              uuid,
    updated_at              timestamp with time zone not null,
    updated_by              uuid,
    version                 bigint not null
);
create index ix_contacts_sort on contacts (sort_name, id);
create index ix_contacts_account on contacts (account_id);
create index ix_contacts_owner on contacts (owner_id);
create index ix_contacts_team on contacts (team_id);
create index ix_contacts_tax_id on contacts (tax_id);
create index ix_contacts_updated on contacts (updated_at, id);

create table contact_phones (
    contact_id uuid        not null references contacts (id) on delete cascade,
    position   int         not null,
    type       varchar(10) not null,
    number     varchar(20) not null,
    primary key (contact_id, position)
);
create index ix_contact_phones_number on contact_phones (number);

create table contact_emails (
    contact_id uuid         not null references contacts (id) on delete cascade,
    position   int          not null,
    type       varchar(10)  not null,
    address    varchar(254) not null,
    primary key (contact_id, position)
);
create index ix_contact_emails_address on contact_emails (address);

create table contact_tags (
    contact_id uuid        not null references contacts (id) on delete cascade,
    tag        varchar(50) not null,
    primary key (contact_id, tag)
);
create index ix_contact_tags_tag on contact_tags (tag);

create table contact_social_profiles (
    contact_id uuid          not null references contacts (id) on delete cascade,
    position   int           not null,
    network    varchar(30)   not null,
    url        varchar(2000) not null,
    primary key (contact_id, position)
);

create table contact_consents (
    contact_id   uuid        not null references contacts (id) on delete cascade,
    position     int         not null,
    purpose      varchar(30) not null,
    channel      varchar(20) not null,
    granted      boolean     not null,
    lawful_basis varchar(30) not null,
    source       varchar(200) not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  uuid,
    primary key (contact_id, position)
);
