package dev.orbita.web.list;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a list cell is edited in place (issue 7 §5): the record field the edit writes ({@code ownerId} for the owner's
 * name column), the kind of input and, for a choice, its values. Declared on the column with
 * {@code ListColumns.Builder#editable}; the record type applies it through its own write path.
 *
 * @param maxLength for TEXT, the longest value accepted by the input (the server checks again)
 * @param required for TEXT, whether an empty value is refused; for CHOICE, whether "none" is not offered
 */
public record CellEdit(String field, Kind kind, List<String> choices, int maxLength, boolean required) {

    /** The input a cell edit shows. */
    public enum Kind {
        /** A text box. */
        TEXT,
        /** A select of the values in {@link #choices()} (enum names, labelled by the column's enum prefix). */
        CHOICE,
        /** A user picker (an owner); offered only to users who may reassign records. */
        USER,
        /** A text box of comma-separated tags (the record's whole tag list, replaced). */
        TAGS
    }

    public CellEdit {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static CellEdit text(String field, int maxLength, boolean required) {
        return new CellEdit(field, Kind.TEXT, List.of(), maxLength, required);
    }

    public static CellEdit choice(String field, Enum<?>[] values, boolean required) {
        return new CellEdit(field, Kind.CHOICE, Arrays.stream(values).map(Enum::name).toList(), 0, required);
    }

    /** The record's tags as one comma-separated text box; the record type's own checks judge each tag. */
    public static CellEdit tags() {
        return new CellEdit("tags", Kind.TAGS, List.of(), 0, false);
    }

    public static CellEdit owner() {
        return new CellEdit("ownerId", Kind.USER, List.of(), 0, true);
    }
}
