package dev.orbita.customers;

import java.util.UUID;

/** Published after an account was created. */
public record AccountCreated(UUID accountId, UUID actorId, java.time.Instant occurredAt) {

    /** The event of a change made now by the current actor. */
    public static AccountCreated now(UUID accountId) {
        return new AccountCreated(accountId, dev.orbita.shared.Actor.currentId(), java.time.Instant.now());
    }
}
