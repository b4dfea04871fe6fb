package dev.orbita.web.list;

import dev.orbita.shared.Money;
import dev.orbita.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of one list, declared once next to its query, in the order a list shows them. An export
 * writes them ({@code web.export}), and the column chooser of saved views will pick from them:
 *
 * <pre>{@code
 * public static final ListColumns<TicketListItem> COLUMNS = ListColumns.<TicketListItem>builder()
 *         .text("subject", "ticket.subject", TicketListItem::subject)
 *         .enumLabel("status", "ticket.status", "enum.TicketStatus", TicketListItem::status)
 *         .time("createdAt", "customer.created", TicketListItem::createdAt).optional()
 *         .build();
 * }</pre>
 */
public final class ListColumns<T> {

    private final Map<String, ListColumn<T>> byKey;

    private ListColumns(List<ListColumn<T>> columns) {
        Map<String, ListColumn<T>> map = new LinkedHashMap<>();
        for (ListColumn<T> column : columns) {
            if (map.put(column.key(), column) != null) {
                throw new IllegalArgumentException("two columns named " + column.key());
            }
        }
        this.byKey = java.util.Collections.unmodifiableMap(map);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Every column the list offers, in list order. */
    public List<ListColumn<T>> all() {
        return List.copyOf(byKey.values());
    }

    /** The columns of the list's default view. */
    public List<ListColumn<T>> defaults() {
        return byKey.values().stream().filter(ListColumn::shownByDefault).toList();
    }

    /** The keys of every column, in list order. */
    public java.util.Set<String> keys() {
        return byKey.keySet();
    }

    /**
     * The columns named in {@code keys} as {@link #pick} reads them, but leniently: unknown and repeated
     * keys are left out (a saved choice that names a column the list no longer has), and no column left
     * means the defaults.
     */
    public List<ListColumn<T>> pickKnown(String keys) {
        if (keys == null || keys.isBlank()) {
            return defaults();
        }
        List<ListColumn<T>> picked = new ArrayList<>();
        for (String raw : keys.split(",")) {
            ListColumn<T> column = byKey.get(raw.strip());
            if (column != null && !picked.contains(column)) {
                picked.add(column);
            }
        }
        return picked.isEmpty() ? defaults() : List.copyOf(picked);
    }

    /**
     * The columns named in {@code keys} (comma-separated, in the order given), or the defaults when it
     * is blank; an unknown or repeated key is a 400 naming {@code columns} and listing the accepted keys.
     */
    public List<ListColumn<T>> pick(String keys) {
        if (keys == null || keys.isBlank()) {
            return defaults();
        }
        List<ListColumn<T>> picked = new ArrayList<>();
        for (String raw : keys.split(",", -1)) {
            ListColumn<T> column = byKey.get(raw.strip());
            if (column == null || picked.contains(column)) {
                throw ValidationException.of("columns", "validation.columns", String.join(", ", byKey.keySet()));
            }
            picked.add(column);
        }
        return List.copyOf(picked);
    }

    /** Declares the columns in list order; {@link #optional()} applies to the column declared last. */
    public static final class Builder<T> {

        private final List<ListColumn<T>> columns = new ArrayList<>();

        private Builder<T> add(String key, String labelKey, ColumnType type, Function<? super T, ?> value,
                String enumPrefix) {
            columns.add(new ListColumn<>(key, labelKey, type, value, enumPrefix, true));
            return this;
        }

        public Builder<T> text(String key, String labelKey, Function<? super T, String> value) {
            return add(key, labelKey, ColumnType.TEXT, value, null);
        }

        public Builder<T> number(String key, String labelKey, Function<? super T, ? extends Number> value) {
            return add(key, labelKey, ColumnType.NUMBER, value, null);
        }

        public Builder<T> money(String key, String labelKey, Function<? super T, Money> value) {
            return add(key, labelKey, ColumnType.MONEY, value, null);
        }

        public Builder<T> date(String key, String labelKey, Function<? super T, LocalDate> value) {
            return add(key, labelKey, ColumnType.DATE, value, null);
        }

        public Builder<T> time(String key, String labelKey, Function<? super T, Instant> value) {
            return add(key, labelKey, ColumnType.TIME, value, null);
        }

        /** An enum shown by its label {@code <messagePrefix>.<NAME>}. */
        public Builder<T> enumLabel(String key, String labelKey, String messagePrefix,
                Function<? super T, ? extends Enum<?>> value) {
            return add(key, labelKey, ColumnType.ENUM, value, messagePrefix);
        }

        public Builder<T> tags(String key, String labelKey, Function<? super T, ? extends Collection<String>> value) {
            return add(key, labelKey, ColumnType.TAGS, value, null);
        }

        /** The column declared last is offered, but not part of the default view. */
        public Builder<T> optional() {
            return change(ListColumn::notByDefault);
        }

        /** The cells of the column declared last link to {@code href} of their row (none where it is null). */
        public Builder<T> link(Function<? super T, String> href) {
            return change(c -> c.linked(href));
        }

        /**
         * The column declared last is hidden under the Bootstrap breakpoint ({@code md}, {@code lg},
         * {@code xl}; null for never) and its cells get the extra classes {@code css} (null for none).
         */
        public Builder<T> look(String hideBelow, String css) {
            return change(c -> c.look(hideBelow, css));
        }

        /** The enum column declared last shows as a badge, toned by value name ({@code secondary} otherwise). */
        public Builder<T> badge(java.util.Map<String, String> tones) {
            return change(c -> c.toned(tones));
        }

        /** An empty cell of the column declared last shows the message of this key (by row; null for none), muted. */
        public Builder<T> whenEmpty(Function<? super T, String> messageKey) {
            return change(c -> c.whenEmpty(messageKey));
        }

        /** The column declared last is edited in place, writing {@code edit.field()} (see {@link CellEdit}). */
        public Builder<T> editable(CellEdit edit) {
            return change(c -> c.editedAs(edit));
        }

        private Builder<T> change(java.util.function.UnaryOperator<ListColumn<T>> change) {
            if (columns.isEmpty()) {
                throw new IllegalStateException("declare a column first");
            }
            columns.set(columns.size() - 1, change.apply(columns.get(columns.size() - 1)));
            return this;
        }

        public ListColumns<T> build() {
            return new ListColumns<>(columns);
        }
    }
}
