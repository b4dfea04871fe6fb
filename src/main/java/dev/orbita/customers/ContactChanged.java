package dev.orbita.customers;

import java.util.UUID;

/** Published after a contact was changed. */
public record ContactChanged(UUID contactId, UUID accountId, UUID actorId, java.time.Instant occurredAt) {

    /** The event of a change made now by the current actor. */
    public static ContactChanged now(UUID contactId, UUID accountId) {
        return new ContactChanged(contactId, accountId, dev.orbita.shared.Actor.currentId(), java.time.Instant.now());
    }
}
