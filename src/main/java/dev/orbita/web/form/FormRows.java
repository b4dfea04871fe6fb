package dev.orbita.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The repeatable rows of a form (phones, e-mails, addresses…), bound from {@code phones[3].number} whatever
 * indexes arrive: a removed row leaves a gap that Spring fills with a blank row (or null), both dropped here.
 */
public final class FormRows {

    /** The most rows of one kind a record takes, as the API takes (RequestChecks); more is a field error. */
    public static final int MAX = 20;

    /**
     * The highest row index bound from a form (Spring grows a list up to it, so it bounds the work a request
     * makes); a higher index is a malformed request (400), never a 500. Room for MAX rows plus removed ones.
     */
    public static final int INDEX_LIMIT = 100;

    private FormRows() {
    }

    /** The rows with something filled in, in their order; gaps, nulls and blank rows left out. */
    public static <T> List<T> filled(List<T> rows, Predicate<? super T> blank) {
        List<T> out = new ArrayList<>();
        if (rows != null) {
            rows.stream().filter(Objects::nonNull).filter(blank.negate()).forEach(out::add);
        }
        return out;
    }

    /**
     * The rows to render: each one kept at its index (a null becomes a blank row, so that errors on an index
     * stay on it), and one blank row at the end to fill in without script.
     */
    public static <T> List<T> withBlank(List<T> rows, Predicate<? super T> blank, Supplier<T> newRow) {
        List<T> out = new ArrayList<>();
        if (rows != null) {
            rows.forEach(r -> out.add(r == null ? newRow.get() : r));
        }
        if (out.isEmpty() || !blank.test(out.get(out.size() - 1))) {
            out.add(newRow.get());
        }
        return out;
    }

    /** Identity index map of compacted rows: request element k is form row k. */
    public static List<Integer> identity(int size) {
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(i);
        }
        return out;
    }
}
