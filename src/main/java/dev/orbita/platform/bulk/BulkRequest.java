package dev.orbita.platform.bulk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk action as a client sends it: the records by {@code ids} or by the list's query parameters in {@code filter}
 * (one of the two), the {@code action} and its argument. {@code versions} optionally holds the version the client
 * saw of some records, by id (a record changed since is refused with 409, as a single edit with that version would
 * be; read leniently here and checked with the rest of the request, so that every invalid field is named);
 * {@code background} asks for a background job whatever the size.
 */
public record BulkRequest(List<UUID> ids, Map<String, Object> filter, BulkAction action, UUID ownerId, UUID teamId,
        String tag, String stage, Map<String, Object> versions, Boolean background) {
}
