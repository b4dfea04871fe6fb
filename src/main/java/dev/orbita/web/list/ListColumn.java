package dev.orbita.web.list;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column a list offers, declared once by the module that owns the list (see {@link ListColumns}):
 * its key (the list item's field name, as {@code ?columns=} and a column chooser name it), the message
 * key of its label, its type and how to read its value from a list item; and how the list page shows
 * it ({@code shell/list :: table}).
 *
 * @param enumPrefix for {@link ColumnType#ENUM}, the message prefix of the value labels
 *        ({@code enum.LifecycleStage} → {@code enum.LifecycleStage.CUSTOMER}); null otherwise
 * @param shownByDefault whether the list's default view (and so a default export) holds the column; the
 *        others are offered by a column chooser and {@code ?columns=}
 * @param href where the cell links to (the record, {@code tel:}, {@code mailto:}), null for no link
 * @param hideBelow the Bootstrap breakpoint ({@code md}, {@code lg}, {@code xl}) under which the column
 *        is hidden, so that narrow screens keep the main columns; null to show it always
 * @param css extra classes of the cell ({@code text-secondary tabular text-nowrap})
 * @param tones for an enum shown as a badge, the badge tone by value name ({@code secondary} for the
 *        others); null to show the label as text
 * @param emptyKey the message shown, muted, in an empty cell of a row (by row; null, or answering null, for
 *        nothing)
 * @param edit how the cell is edited in place, or null when it is not
 */
public record ListColumn<T>(String key, String labelKey, ColumnType type, Function<? super T, ?> value,
        String enumPrefix, boolean shownByDefault, Function<? super T, String> href, String hideBelow, String css,
        Map<String, String> tones, Function<? super T, String> emptyKey, CellEdit edit) {

    public ListColumn(String key, String labelKey, ColumnType type, Function<? super T, ?> value, String enumPrefix,
            boolean shownByDefault, Function<? super T, String> href, String hideBelow, String css,
            Map<String, String> tones, Function<? super T, String> emptyKey) {
        this(key, labelKey, type, value, enumPrefix, shownByDefault, href, hideBelow, css, tones, emptyKey, null);
    }

    public ListColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if ((type == ColumnType.ENUM) != (enumPrefix != null)) {
            throw new IllegalArgumentException("an enum column, and only one, needs a message prefix: " + key);
        }
        tones = tones == null ? null : Map.copyOf(tones);
    }

    ListColumn(String key, String labelKey, ColumnType type, Function<? super T, ?> value, String enumPrefix,
            boolean shownByDefault) {
        this(key, labelKey, type, value, enumPrefix, shownByDefault, null, null, null, null, null);
    }

    /** The column's value in a row: a String, Number, Money, LocalDate, Instant, Enum or Collection of tags. */
    public Object valueOf(T row) {
        return value.apply(row);
    }

    /** Where the cell of this row links to, or null. */
    public String hrefOf(T row) {
        return href == null ? null : href.apply(row);
    }

    /** Whether an enum value shows as a badge. */
    public boolean badge() {
        return tones != null;
    }

    /** The badge tone of an enum value. */
    public String toneOf(Object value) {
        if (tones == null || !(value instanceof Enum<?> e)) {
            return "secondary";
        }
        return tones.getOrDefault(e.name(), "secondary");
    }

    /** The classes of the column's header and cells that hide it on narrow screens ("" when always shown). */
    public String responsiveClass() {
        // built from parts: listed in orbita.web.styles.built-names so that the reduced stylesheet keeps it (ADR 023)
        return hideBelow == null ? "" : "d-none d-" + hideBelow + "-table-cell";
    }

    ListColumn<T> notByDefault() {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, false, href, hideBelow, css, tones, emptyKey,
                edit);
    }

    ListColumn<T> linked(Function<? super T, String> link) {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, shownByDefault, link, hideBelow, css, tones,
                emptyKey, edit);
    }

    ListColumn<T> look(String breakpoint, String classes) {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, shownByDefault, href, breakpoint, classes,
                tones, emptyKey, edit);
    }

    ListColumn<T> toned(Map<String, String> badgeTones) {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, shownByDefault, href, hideBelow, css,
                badgeTones, emptyKey, edit);
    }

    /** The message key shown in this row's cell when it is empty, or null. */
    public String emptyKeyOf(T row) {
        return emptyKey == null ? null : emptyKey.apply(row);
    }

    ListColumn<T> whenEmpty(Function<? super T, String> messageKey) {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, shownByDefault, href, hideBelow, css, tones,
                messageKey, edit);
    }

    ListColumn<T> editedAs(CellEdit cellEdit) {
        return new ListColumn<>(key, labelKey, type, value, enumPrefix, shownByDefault, href, hideBelow, css, tones,
                emptyKey, cellEdit);
    }

    /** Whether the cell is edited in place. */
    public boolean editable() {
        return edit != null;
    }
}
