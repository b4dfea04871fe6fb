package dev.orbita.web.list;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column a list offers, declared once by the module that owns the list (see {@link ListColumns}):
 * its key (the list item's field name, as {@code ?columns=} and a column chooser name it), the message
 * key of its label, its type and how to read its value from a list item.
 *
 * @param enumPrefix for {@link ColumnType#ENUM}, the message prefix of the value labels
 *        ({@code enum.LifecycleStage} → {@code enum.LifecycleStage.CUSTOMER}); null otherwise
 * @param shownByDefault whether the list's default view (and so a default export) holds the column; the
 *        others are offered by a column chooser and {@code ?columns=}
 */
public record ListColumn<T>(String key, String labelKey, ColumnType type, Function<? super T, ?> value,
        String enumPrefix, boolean shownByDefault) {

    public ListColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if ((type == ColumnType.ENUM) != (enumPrefix != null)) {
            throw new IllegalArgumentException("an enum column, and only one, needs a message prefix: " + key);
        }
    }

    /** The column's value in a row: a String, Number, Money, LocalDate, Instant, Enum or Collection of tags. */
    public Object valueOf(T row) {
        return value.apply(row);
    }

    ListColumn<T> notByDefault() {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, false);
    }
}
