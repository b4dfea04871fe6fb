package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import java.time.Instant;
import java.util.UUID;

/**
 * An interaction as the API answers it; the names of contact, account and handler only where the caller may see
 * them (the kernel's related-name rule).
 */
record InteractionResponse(UUID id, InteractionChannel channel, InteractionDirection direction, Instant occurredAt,
        String subject, String body, String outcome, Integer durationSeconds, UUID handledBy, String handledByName,
        UUID contactId, String contactName, UUID accountId, String accountName, String relatedType, UUID relatedId,
        UUID ownerId, UUID teamId, long version, Instant createdAt, Instant updatedAt) {

    InteractionRequest toRequest() {
        return new InteractionRequest(channel, direction, occurredAt, subject, body, outcome, durationSeconds,
                handledBy, contactId, accountId, relatedType, relatedId, ownerId, teamId, version);
    }
}
