package dev.orbita.platform.ui;

import dev.orbita.web.list.ListColumns;
import dev.orbita.web.list.SortKeys;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A list page that offers saved views and a column chooser, declared as a bean by the module that owns
 * it: its resource name (as {@code /api/v1/views?resource=} names it), the record type whose read
 * permission it needs, its page, its columns, sort keys and default sort, and the names of its filter
 * parameters (the page's own query parameters) with a check of their values. A saved view holds those
 * parameters and the page re-applies them through its normal list query, visibility included.
 *
 * @param understood whether the page understands every filter value (the page's own lenient parsing
 *        reports a value it would drop)
 */
public record ListResource(String name, String recordType, String path, ListColumns<?> columns, SortKeys sorts,
        String defaultSort, List<String> filters, Predicate<Map<String, String>> understood) {

    /** The page sizes a list page offers. */
    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    public ListResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(sorts, "sorts");
        filters = List.copyOf(filters);
    }

    /** {@code back} if it is an address of this list (a form's return address), else the list: never an open redirect. */
    public String safeReturn(String back) {
        if (back == null || !(back.equals(path) || back.startsWith(path + "?")) || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return path;
        }
        return back;
    }
}
