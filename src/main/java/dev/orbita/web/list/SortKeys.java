package dev.orbita.web.list;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sort fields a list offers, in order, and its id column (the tie-breaker of keyset paging). */
public record SortKeys(Map<String, SortKey> byField, String idColumn) {

    public SortKeys {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static SortKeys of(String idColumn, SortKey... keys) {
        Map<String, SortKey> map = new LinkedHashMap<>();
        for (SortKey key : keys) {
            map.put(key.field(), key);
        }
        return new SortKeys(map, idColumn);
    }

    /**
     * The sort fields of every owned record list: {@code name} on the folded sort name, and the
     * creation and change times, on the table with this alias.
     */
    public static SortKeys standard(String alias, SortKey... more) {
        List<SortKey> keys = new java.util.ArrayList<>(List.of(SortKey.text("name", alias + ".sort_name"),
                SortKey.time("createdAt", alias + ".created_at"), SortKey.time("updatedAt", alias + ".updated_at")));
        keys.addAll(List.of(more));
        return of(alias + ".id", keys.toArray(SortKey[]::new));
    }

    public SortKey get(String field) {
        SortKey key = byField.get(field);
        if (key == null) {
            throw new IllegalArgumentException("no sort field " + field);
        }
        return key;
    }

    /** Field → column, as {@link dev.orbita.web.PageQuery#of} checks {@code ?sort=} against. */
    public Map<String, String> allowed() {
        Map<String, String> map = new LinkedHashMap<>();
        byField.forEach((f, k) -> map.put(f, k.column()));
        return Collections.unmodifiableMap(map);
    }
}
