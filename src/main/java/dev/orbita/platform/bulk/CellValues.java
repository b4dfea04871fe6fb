package dev.orbita.platform.bulk;

import dev.orbita.shared.ValidationException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Reads the value of a cell edited in place, refusing one that cannot be read as a 422 naming the field. */
public final class CellValues {

    private CellValues() {
    }

    /** The enum constant named {@code value}, or null for none. */
    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "validation.enum",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** The id in {@code value}; a missing or unreadable one is refused. */
    public static UUID uuid(String field, String value) {
        try {
            if (value != null) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ValidationException.of(field, value == null ? "validation.required" : "validation.reference");
    }

    /** The tags in a comma-separated {@code value}, each stripped, blanks and repeats dropped (none for null). */
    public static List<String> tags(String value) {
        if (value == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : value.split(",")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return List.copyOf(tags);
    }
}
