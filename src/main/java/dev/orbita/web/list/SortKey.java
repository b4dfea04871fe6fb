package dev.orbita.web.list;

import java.util.Objects;

/**
 * A field a list can be sorted by: its name in {@code ?sort=}, the SQL expression it sorts on and
 * its type. The expression must not be null for any row (wrap a nullable column in {@code coalesce}):
 * keyset paging compares values, and null compares to nothing.
 */
public record SortKey(String field, String column, SortType type) {

    public SortKey {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }

    public static SortKey text(String field, String column) {
        return new SortKey(field, column, SortType.TEXT);
    }

    public static SortKey number(String field, String column) {
        return new SortKey(field, column, SortType.NUMBER);
    }

    public static SortKey money(String field, String column) {
        return new SortKey(field, column, SortType.MONEY);
    }

    public static SortKey date(String field, String column) {
        return new SortKey(field, column, SortType.DATE);
    }

    public static SortKey time(String field, String column) {
        return new SortKey(field, column, SortType.TIME);
    }
}
