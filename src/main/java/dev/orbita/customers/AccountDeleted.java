package dev.orbita.customers;

import java.util.UUID;

/** Published after an account was deleted. */
public record AccountDeleted(UUID accountId, UUID actorId, java.time.Instant occurredAt) {

    /** The event of a change made now by the current actor. */
    public static AccountDeleted now(UUID accountId) {
        return new AccountDeleted(accountId, dev.orbita.shared.Actor.currentId(), java.time.Instant.now());
    }
}
