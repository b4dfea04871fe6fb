package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/** Filters of the contact list; all optional. {@code standalone=true} lists B2C contacts without account. */
public record ContactFilter(String q, UUID accountId, Boolean standalone, LifecycleStage lifecycleStage,
        UUID ownerId, UUID teamId, String tag, Instant updatedSince) {

    public static ContactFilter ofAccount(UUID accountId) {
        return new ContactFilter(null, accountId, null, null, null, null, null, null);
    }
}
