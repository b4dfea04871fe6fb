package dev.orbita.platform.ui;

import java.util.List;
import java.util.Map;

/**
 * What a list page shows for one request, after saved views and the user's column choice
 * ({@link ListViews#open}): the filter and sort parameters to run through the page's own list query
 * (a view's, overridden by those the address names), the columns (keys, comma-separated; null for the
 * list's defaults) and page size, the view opened (or null), whether the address named a view the user
 * may not see (the page shows its plain list with a notice), and the views the user may open;
 * {@code columnsParam} is the address's own {@code columns=}, which the page's links keep.
 */
public record ListState(ListResource resource, Map<String, String> params, String columns, String columnsParam,
        Integer size, SavedView view, boolean viewUnavailable, List<SavedView> views) {

    public ListState {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        views = List.copyOf(views);
    }

    /** A parameter's effective value (the address's, else the open view's), or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** The page size asked for: the address's, else the view's, else the user's choice, else null (20). */
    public String sizeParam() {
        return size == null ? null : String.valueOf(size);
    }
}
