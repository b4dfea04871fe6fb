package dev.orbita.shared;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A pointer to one record of any module: its record type code ({@code ACCOUNT}, {@code CONTACT},
 * later {@code LEAD}, {@code TICKET}…) and its id. Used by audit rows, search hits, events, links,
 * comments and timeline entries, so the type code is spelled one way everywhere.
 */
public record RecordRef(String type, UUID id) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public RecordRef {
        requireCode(type);
        Objects.requireNonNull(id, "id");
    }

    public static RecordRef of(String type, UUID id) {
        return new RecordRef(type, id);
    }

    /** Checks a record type code: upper-case letters, digits and underscores, starting with a letter. */
    public static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a record type code: " + code);
        }
        return code;
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
