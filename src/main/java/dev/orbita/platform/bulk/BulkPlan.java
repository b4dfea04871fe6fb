package dev.orbita.platform.bulk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A checked bulk request: its target, change, the records in order and the versions the client saw. */
record BulkPlan(BulkTarget target, BulkChange change, List<UUID> ids, Map<UUID, Long> versions, boolean background) {

    Long version(UUID id) {
        return versions.get(id);
    }
}
