package dev.orbita.recent;

import java.time.Instant;
import java.util.UUID;

/** The latest change of one record, as the "recently changed" list shows it. */
public record RecentChange(String recordType, UUID recordId, String action, String title, UUID actorId,
        String actorName, Instant occurredAt, String url) {
}
