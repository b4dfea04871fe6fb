package dev.orbita.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Field-level history of business records. A module hands over a snapshot (field → text) of a
 * record before and after a change; the trail stores who changed which field, when, old → new.
 */
public interface AuditTrail {

    void created(String entityType, UUID entityId, Map<String, String> after);

    void changed(String entityType, UUID entityId, Map<String, String> before, Map<String, String> after);

    void deleted(String entityType, UUID entityId, Map<String, String> before);

    /** The record came back from the recycle bin (action {@code RESTORE}). */
    void restored(String entityType, UUID entityId);

    /** The record was removed for good when its time in the recycle bin ran out (action {@code PURGE}). */
    void purged(String entityType, UUID entityId, Map<String, String> before);

    List<AuditChange> history(String entityType, UUID entityId);

    /**
     * The records of a type deleted (moved to the recycle bin or purged) at or after a moment: what a search index
     * must have purged since.
     */
    List<UUID> deletedSince(String entityType, Instant since);
}
