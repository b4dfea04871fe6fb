package dev.orbita.customers;

import java.util.UUID;

/** Published after a contact was created. */
public record ContactCreated(UUID contactId, UUID accountId) {
}
