package dev.orbita.customers;

import java.util.UUID;

/** Published after a contact was deleted. */
public record ContactDeleted(UUID contactId, UUID accountId) {
}
