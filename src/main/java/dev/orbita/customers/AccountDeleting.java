package dev.orbita.customers;

import java.util.UUID;

/**
 * Published inside the transaction that is about to delete an account, before the row goes:
 * records that point at the account unlink themselves through their own domain (version, history,
 * events) or refuse the delete, so no row changes behind anyone's back.
 */
public record AccountDeleting(UUID accountId) {
}
