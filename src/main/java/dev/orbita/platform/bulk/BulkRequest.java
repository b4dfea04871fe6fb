package dev.orbita.platform.bulk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk action as a client sends it: the records by {@code ids} or by the list's query parameters in {@code filter}
 * (one of the two), the {@code action} and its argument. {@code versions} optionally holds the version the client
 * saw of some records (a record changed since is refused with 409, as a single edit with that version would be);
 * {@code background} asks for a background job whatever the size.
 */
public record BulkRequest(List<UUID> ids, Map<String, Object> filter, BulkAction action, UUID ownerId, UUID teamId,
        String tag, String stage, Map<UUID, Long> versions, Boolean background) {
}
