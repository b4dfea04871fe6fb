package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import java.time.Instant;
import java.util.UUID;

/** An account as lists show it: only what a row needs. */
public record AccountListItem(UUID id, String name, AccountKind kind, LifecycleStage lifecycleStage, ValueTier tier,
        String taxId, String phone, String email, String city, UUID ownerId, String ownerName, Instant createdAt,
        Instant updatedAt, @com.fasterxml.jackson.annotation.JsonIgnore String sortName) {

    AccountListItem withOwnerName(String ownerName) {
        return new AccountListItem(id, name, kind, lifecycleStage, tier, taxId, phone, email, city, ownerId,
                ownerName, createdAt, updatedAt, sortName);
    }
}
