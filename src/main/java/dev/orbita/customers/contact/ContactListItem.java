package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/** A contact as lists show it. */
public record ContactListItem(UUID id, String firstName, String lastName, String name, String jobTitle,
        UUID accountId, String accountName, String phone, String email, LifecycleStage lifecycleStage, UUID ownerId,
        String ownerName, Instant createdAt, Instant updatedAt, @com.fasterxml.jackson.annotation.JsonIgnore String sortName) {

    ContactListItem withOwnerName(String ownerName) {
        return new ContactListItem(id, firstName, lastName, name, jobTitle, accountId, accountName, phone, email,
                lifecycleStage, ownerId, ownerName, createdAt, updatedAt, sortName);
    }
}
