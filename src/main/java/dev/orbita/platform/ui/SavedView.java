package dev.orbita.platform.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A saved view as the caller sees it: its filters (the list page's query parameters), sort, columns and
 * page size, who it is shared with, whether the caller owns it (or, as an admin, may change it) and
 * whether it is the caller's default for its list.
 */
public record SavedView(UUID id, String name, String resource, Map<String, String> filters, String sort,
        List<String> columns, Integer size, Sharing shared, UUID ownerId, boolean mine, boolean editable,
        boolean isDefault) {

    /** Who sees a view besides its owner. */
    public enum Sharing {
        PRIVATE, TEAM, ALL
    }

    public SavedView {
        filters = Map.copyOf(filters);
        columns = List.copyOf(columns);
    }
}
