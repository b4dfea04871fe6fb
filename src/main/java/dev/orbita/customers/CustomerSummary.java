package dev.orbita.customers;

import java.util.UUID;

/** What other modules may know about an account or a contact. */
public record CustomerSummary(Kind kind, UUID id, String name, UUID accountId, UUID ownerId, UUID teamId) {

    public enum Kind {
        ACCOUNT, CONTACT
    }
}
