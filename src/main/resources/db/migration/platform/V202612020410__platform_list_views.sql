-- Saved views and column choices of lists (docs/decisions/022): kept on the server so that they follow
-- the user to another device. A view names a list resource ('accounts'), its filters (the list page's own
-- query parameters, as a query string), sort, columns and page size; who sees it is its owner, the
-- members of the owner's team (TEAM) or everyone (ALL). The default view is per user and resource.
create table saved_views (
    id         uuid primary key,
    owner_id   uuid not null references users (id),
    resource   varchar(40)   not null,
    name       varchar(100)  not null,
    filters    varchar(4000) not null,
    sort       varchar(120),
    columns    varchar(1000),
    page_size  int,
    shared     varchar(10)   not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index ix_saved_views_resource on saved_views (resource, owner_id);

create table saved_view_defaults (
    user_id  uuid not null references users (id),
    resource varchar(40) not null,
    view_id  uuid not null references saved_views (id) on delete cascade,
    primary key (user_id, resource)
);

-- the columns (in order) and page size a user chose for a list, outside any view
create table list_settings (
    user_id   uuid not null references users (id),
    resource  varchar(40) not null,
    columns   varchar(1000),
    page_size int,
    primary key (user_id, resource)
);
