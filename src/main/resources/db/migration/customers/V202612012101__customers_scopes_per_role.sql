-- Accounts and contacts keep the scopes every role had before scopes were kept per record type.
insert into role_scopes (role_code, record_type, read_scope, write_scope)
    select code, 'ACCOUNT', read_scope, write_scope from roles;
insert into role_scopes (role_code, record_type, read_scope, write_scope)
    select code, 'CONTACT', read_scope, write_scope from roles;
