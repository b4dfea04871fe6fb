package dev.orbita.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One page of a collection: {@code total} is exact up to {@link PageQuery#EXACT_COUNT_LIMIT} and an
 * estimate above it ({@code totalExact=false}); {@code next} is the keyset cursor of the next page,
 * {@code previous} (list pages only, not in the API's answer) the cursor of the page before, for
 * {@link PageQuery#backwards}; {@code page} is -1 on a last page whose number is unknown (estimated total).
 */
public record PageResponse<T>(List<T> items, int page, int size, long total, boolean totalExact, String next,
        @JsonIgnore String previous) {

    public PageResponse(List<T> items, int page, int size, long total, boolean totalExact, String next) {
        this(items, page, size, total, totalExact, next, null);
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean hasPrevious() {
        return page > 0 || page < 0 && previous != null;
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    /** The position of the page's first row, from 1 ("21" of "21–40 of 1 234"), 0 when unknown or empty. */
    public long from() {
        return page < 0 || items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The position of the page's last row ("40" of "21–40 of 1 234"), 0 when unknown or empty. */
    public long to() {
        return from() == 0 ? 0 : from() + items.size() - 1;
    }

    /** Whether a last page exists beyond this one (a "Last" link makes sense). */
    public boolean hasLast() {
        return hasNext();
    }

    public <R> PageResponse<R> map(java.util.function.Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalExact, next, previous);
    }
}
