package dev.orbita.customers;

import java.util.UUID;

/** Published after an account was changed. */
public record AccountChanged(UUID accountId, UUID actorId, java.time.Instant occurredAt) {

    /** The event of a change made now by the current actor. */
    public static AccountChanged now(UUID accountId) {
        return new AccountChanged(accountId, dev.orbita.shared.Actor.currentId(), java.time.Instant.now());
    }
}
