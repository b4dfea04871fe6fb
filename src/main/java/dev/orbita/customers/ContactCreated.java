package dev.orbita.customers;

import java.util.UUID;

/** Published after a contact was created. */
public record ContactCreated(UUID contactId, UUID accountId, UUID actorId, java.time.Instant occurredAt) {

    /** The event of a change made now by the current actor. */
    public static ContactCreated now(UUID contactId, UUID accountId) {
        return new ContactCreated(contactId, accountId, dev.orbita.shared.Actor.currentId(), java.time.Instant.now());
    }
}
