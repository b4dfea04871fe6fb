-- What changed since a moment, across records (the search index's reconciliation after a crash).
create index ix_audit_occurred on audit_entries (occurred_at);
