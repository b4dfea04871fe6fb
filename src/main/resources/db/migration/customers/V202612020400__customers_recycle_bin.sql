-- Recycle bin (ADR 021): a deleted account or contact keeps its row, marked with when and by whom it was
-- deleted, until it is restored or purged after the retention. Lists, lookups and duplicate checks read
-- only rows without deleted_at; the purge finds expired rows by it.
alter table accounts add column deleted_at timestamp with time zone;
alter table accounts add column deleted_by uuid;
alter table contacts add column deleted_at timestamp with time zone;
alter table contacts add column deleted_by uuid;
create index ix_accounts_deleted on accounts (deleted_at);
create index ix_contacts_deleted on contacts (deleted_at);
