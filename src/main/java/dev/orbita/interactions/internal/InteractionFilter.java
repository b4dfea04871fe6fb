package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import java.time.Instant;
import java.util.UUID;

/** The list's filters; {@code from} inclusive, {@code to} exclusive, on {@code occurredAt}. */
record InteractionFilter(InteractionChannel channel, InteractionDirection direction, UUID contactId, UUID accountId,
        Instant from, Instant to) {

    static InteractionFilter none() {
        return new InteractionFilter(null, null, null, null, null, null);
    }
}
