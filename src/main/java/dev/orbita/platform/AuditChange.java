package dev.orbita.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded change of a record: an action by someone at some time over one or more fields. */
public record AuditChange(UUID changeId, String action, UUID actorId, String actorName, Instant occurredAt,
        List<FieldChange> fields) {

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
