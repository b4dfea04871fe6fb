package dev.orbita.interactions.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A timeline entry another module adds for the signed-in caller: {@code contactId} or {@code accountId} (or both),
 * and optionally the record of the calling module it came from ({@code relatedType}, {@code relatedId}).
 * {@code occurredAt} defaults to now, {@code handledBy} to the caller.
 */
public record NewInteraction(InteractionChannel channel, InteractionDirection direction, Instant occurredAt,
        String subject, String body, String outcome, Integer durationSeconds, UUID handledBy, UUID contactId,
        UUID accountId, String relatedType, UUID relatedId) {
}
