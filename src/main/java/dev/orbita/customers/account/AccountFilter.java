package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import java.time.Instant;
import java.util.UUID;

/** Filters of the account list; all optional. */
public record AccountFilter(String q, AccountKind kind, LifecycleStage lifecycleStage, ValueTier tier, UUID ownerId,
        UUID teamId, String tag, Instant updatedSince, UUID parentId) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null, null, null, null, null, null);
    }
}
