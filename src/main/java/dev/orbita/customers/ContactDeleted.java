package dev.orbita.customers;

import java.util.UUID;

/** Published after a contact was deleted. */
public record ContactDeleted(UUID contactId, UUID accountId, UUID actorId, java.time.Instant occurredAt) {

    /** The event of a change made now by the current actor. */
    public static ContactDeleted now(UUID contactId, UUID accountId) {
        return new ContactDeleted(contactId, accountId, dev.orbita.shared.Actor.currentId(), java.time.Instant.now());
    }
}
