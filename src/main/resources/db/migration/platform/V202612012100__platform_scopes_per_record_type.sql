-- Scopes per role and per record type, and "may reassign" as a permission of a role.
-- roles.read_scope/write_scope stay as the role's default for record types it does not name;
-- each module inserts the rows of its own record types (see customers' migrations).
alter table roles add column may_reassign boolean default false not null;
update roles set may_reassign = true where code in ('ADMIN', 'SALES_MANAGER');

create table role_scopes (
    role_code   varchar(40) not null references roles (code) on delete cascade,
    record_type varchar(40) not null,
    read_scope  varchar(10) not null,
    write_scope varchar(10) not null,
    primary key (role_code, record_type)
);
