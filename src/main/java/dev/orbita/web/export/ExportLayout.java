package dev.orbita.web.export;

import dev.orbita.shared.Money;
import dev.orbita.web.list.ListColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The written cells of the chosen columns, in the reader's language and time zone: labels from the
 * message bundles, enum values by their labels, tags joined, times as local date-times of the reader's
 * zone, and a money column as two cells (the amount, a number, and its currency code) so that the
 * amounts stay numbers a spreadsheet can add up.
 */
final class ExportLayout<T> {

    private record Cell<T>(String label, CellKind kind, Function<T, Object> value) {
    }

    private final List<Cell<T>> cells;

    private ExportLayout(List<Cell<T>> cells) {
        this.cells = List.copyOf(cells);
    }

    static <T> ExportLayout<T> of(List<ListColumn<T>> columns, MessageSource messages, Locale locale, ZoneId zone) {
        List<Cell<T>> cells = new ArrayList<>();
        for (ListColumn<T> column : columns) {
            String label = messages.getMessage(column.labelKey(), null, column.labelKey(), locale);
            switch (column.type()) {
                case TEXT -> cells.add(new Cell<>(label, CellKind.TEXT, column::valueOf));
                case NUMBER -> cells.add(new Cell<>(label, CellKind.NUMBER, row -> decimal(column.valueOf(row))));
                case MONEY -> {
                    cells.add(new Cell<>(label, CellKind.AMOUNT,
                            row -> column.valueOf(row) instanceof Money m ? m.amount() : null));
                    cells.add(new Cell<>(messages.getMessage("export.currency", new Object[] { label }, locale),
                            CellKind.TEXT, row -> column.valueOf(row) instanceof Money m ? m.currency() : null));
                }
                case DATE -> cells.add(new Cell<>(label, CellKind.DATE, column::valueOf));
                case TIME -> cells.add(new Cell<>(label, CellKind.DATE_TIME,
                        row -> column.valueOf(row) instanceof Instant i
                                ? LocalDateTime.ofInstant(i.truncatedTo(ChronoUnit.SECONDS), zone) : null));
                case ENUM -> {
                    Map<Enum<?>, String> labels = new HashMap<>();
                    cells.add(new Cell<>(label, CellKind.TEXT, row -> column.valueOf(row) instanceof Enum<?> e
                            ? labels.computeIfAbsent(e, v -> messages.getMessage(column.enumPrefix() + "." + v.name(),
                                    null, v.name(), locale))
                            : null));
                }
                case TAGS -> cells.add(new Cell<>(label, CellKind.TEXT, row -> column.valueOf(row) instanceof
                        Collection<?> tags && !tags.isEmpty() ? String.join(", ", tags.stream().map(String::valueOf)
                        .toList()) : null));
            }
        }
        return new ExportLayout<>(cells);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    List<String> labels() {
        return cells.stream().map(Cell::label).toList();
    }

    List<CellKind> kinds() {
        return cells.stream().map(Cell::kind).toList();
    }

    /** The row's cell values, typed as {@link CellKind} says; null for an empty cell. */
    List<Object> values(T row) {
        List<Object> values = new ArrayList<>(cells.size());
        for (Cell<T> cell : cells) {
            values.add(cell.value().apply(row));
        }
        return values;
    }
}
