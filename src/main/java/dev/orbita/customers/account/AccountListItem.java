package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as lists show it: only what a row needs. */
public record AccountListItem(UUID id, String name, AccountKind kind, LifecycleStage lifecycleStage, ValueTier tier,
        String taxId, String phone, String email, String city, UUID ownerId, String ownerName, List<String> tags,
        Instant createdAt,
        Instant updatedAt, @com.fasterxml.jackson.annotation.JsonIgnore String sortName) {

    /** The row with what the page's second and third statements read: its owner's name and its tags. */
    AccountListItem with(String ownerName, List<String> tags) {
        return new AccountListItem(id, name, kind, lifecycleStage, tier, taxId, phone, email, city, ownerId,
                ownerName, tags == null ? List.of() : tags, createdAt, updatedAt, sortName);
    }
}
