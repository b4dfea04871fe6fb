package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import java.time.Instant;
import java.util.UUID;

/** A new interaction or its new state, as the API and the quick-log forms send it. */
record InteractionRequest(InteractionChannel channel, InteractionDirection direction, Instant occurredAt,
        String subject, String body, String outcome, Integer durationSeconds, UUID handledBy, UUID contactId,
        UUID accountId, String relatedType, UUID relatedId, UUID ownerId, UUID teamId, Long version) {
}
