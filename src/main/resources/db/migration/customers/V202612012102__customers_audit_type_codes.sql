-- History rows name their record by its record type code, spelled as everywhere else.
update audit_entries set entity_type = 'ACCOUNT' where entity_type = 'account';
update audit_entries set entity_type = 'CONTACT' where entity_type = 'contact';
