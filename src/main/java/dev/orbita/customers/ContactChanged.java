package dev.orbita.customers;

import java.util.UUID;

/** Published after a contact was changed. */
public record ContactChanged(UUID contactId, UUID accountId) {
}
