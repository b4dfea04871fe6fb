package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import java.time.Instant;
import java.util.UUID;

/** An interaction in a list or on a timeline; related names only where the caller may see them. */
record InteractionListItem(UUID id, InteractionChannel channel, InteractionDirection direction, Instant occurredAt,
        String subject, String body, String outcome, Integer durationSeconds, UUID handledBy, String handledByName,
        UUID contactId, String contactName, UUID accountId, String accountName) {

    InteractionListItem withNames(String handler, String contact, String account) {
        return new InteractionListItem(id, channel, direction, occurredAt, subject, body, outcome, durationSeconds,
                handledBy, handler, contactId, contact, accountId, account);
    }
}
