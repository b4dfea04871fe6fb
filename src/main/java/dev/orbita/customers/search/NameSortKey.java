package dev.orbita.customers.search;

import java.util.UUID;

/**
 * The key the account and contact indexes sort their lists by name on (ADR 017): the record's
 * {@code sort_name} column as it is (already folded by {@code shared.Names}, so the index orders what
 * SQL orders), a NUL, and the id. NUL sorts before every character a name can hold, so ordering the
 * keys as text orders by name, then by id, as {@code order by sort_name, id} does; and every key is
 * unique, so "after this row" is one range on one field.
 */
public final class NameSortKey {

    /** The index field (a sortable keyword field without normalizer: the value is folded already). */
    public static final String FIELD = "sortKey";

    private NameSortKey() {
    }

    public static String of(String sortName, UUID id) {
        return (sortName == null ? "" : sortName) + '\u0000' + id;
    }
}
