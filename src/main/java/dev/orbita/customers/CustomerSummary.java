package dev.orbita.customers;

import java.util.UUID;

/**
 * What other modules may know about an account or a contact.
 *
 * @param kind account or contact
 * @param id the record's id
 * @param name the account's name, or the contact's first and last name
 * @param accountId the customer account: an account's own id, a contact's account (null for a contact
 *        standing alone)
 * @param ownerId the owning user
 * @param teamId the owning team, or null
 */
public record CustomerSummary(Kind kind, UUID id, String name, UUID accountId, UUID ownerId, UUID teamId) {

    public enum Kind {
        ACCOUNT, CONTACT
    }
}
