package dev.orbita.platform;

import dev.orbita.shared.RecordRef;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A record of any type was created, changed, deleted (for a type with a recycle bin: moved there, after which it is
 * absent everywhere) or restored from the recycle bin: published by {@link RecordHistory} in the
 * transaction of the change and kept in the event publication registry (the transactional outbox)
 * until every listener has handled it, so a crash between commit and listener loses nothing. It
 * carries owner, team and customer account so that listeners can apply visibility without reading
 * the record back.
 */
public record RecordChanged(RecordRef record, Action action, UUID actorId, Instant occurredAt,
        Set<String> changedFields, String title, UUID ownerId, UUID teamId, UUID customerAccountId) {

    public enum Action {
        CREATE, UPDATE, DELETE,
        /** Back from the recycle bin, as it was when deleted. */
        RESTORE
    }

    public RecordChanged {
        changedFields = Set.copyOf(changedFields);
    }
}
