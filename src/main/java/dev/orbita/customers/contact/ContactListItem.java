package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as lists show it. */
public record ContactListItem(UUID id, String firstName, String lastName, String name, String jobTitle,
        UUID accountId, String accountName, String phone, String email, LifecycleStage lifecycleStage, UUID ownerId,
        String ownerName, List<String> tags, Instant createdAt, Instant updatedAt, @com.fasterxml.jackson.annotation.JsonIgnore String sortName) {

    /** The row with what the page's second and third statements read: its owner's name and its tags. */
    ContactListItem with(String ownerName, List<String> tags) {
        return new ContactListItem(id, firstName, lastName, name, jobTitle, accountId, accountName, phone, email,
                lifecycleStage, ownerId, ownerName, tags == null ? List.of() : tags, createdAt, updatedAt, sortName);
    }
}
