package dev.orbita.web.list;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the shell's list table ({@code shell/list :: table}) renders: the chosen columns in their order,
 * which of them sort (a column whose key is a sort field of the list), and each row's cells. The page
 * controller builds it from the list's {@link ListColumns} and the page's rows; no list template names
 * its columns.
 *
 * @param captionKey the message key of the table's caption (the list's title)
 * @param rowHref where a row leads (its record page), by row
 */
public record ListTable(String captionKey, List<Header> headers, List<Row> rows) {

    /** A column's header: its column, and whether its header is a sort link. */
    public record Header(ListColumn<?> column, boolean sortable) {
    }

    /** One cell: its column, value (see {@link ListColumn#valueOf}), link and text when empty (or null). */
    public record Cell(ListColumn<?> column, Object value, String href, String emptyKey) {

        public boolean empty() {
            return value == null || value instanceof String s && s.isEmpty()
                    || value instanceof Collection<?> c && c.isEmpty();
        }

        /** The value as text in the reader's language: numbers, amounts and dates formatted, text as it is. */
        public String text(java.util.Locale locale) {
            if (value == null) {
                return "";
            }
            if (value instanceof dev.orbita.shared.Money m) {
                return m.format(locale);
            }
            if (value instanceof Number n) {
                return java.text.NumberFormat.getInstance(locale).format(n);
            }
            if (value instanceof java.time.LocalDate d) {
                return d.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale));
            }
            return value.toString();
        }
    }

    /** A row: its id (for a later selection checkbox), where it leads and its cells in column order. */
    public record Row(Object id, String href, List<Cell> cells) {
    }

    public static <T> ListTable of(String captionKey, List<ListColumn<T>> columns, SortKeys sorts,
            Collection<T> items, java.util.function.Function<? super T, Object> id,
            java.util.function.Function<? super T, String> rowHref) {
        Set<String> sortable = sorts.byField().keySet();
        List<Header> headers = columns.stream().map(c -> new Header(c, sortable.contains(c.key()))).toList();
        List<Row> rows = new ArrayList<>(items.size());
        for (T item : items) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (ListColumn<T> c : columns) {
                Object value = c.valueOf(item);
                cells.add(new Cell(c, value, c.hrefOf(item), value == null ? c.emptyKeyOf(item) : null));
            }
            rows.add(new Row(id.apply(item), rowHref.apply(item), cells));
        }
        return new ListTable(captionKey, headers, rows);
    }
}
