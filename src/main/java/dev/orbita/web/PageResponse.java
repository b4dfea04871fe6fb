package dev.orbita.web;

import java.util.List;

/**
 * One page of a collection: {@code total} is exact up to {@link PageQuery#EXACT_COUNT_LIMIT} and an
 * estimate above it ({@code totalExact=false}); {@code next} is the keyset cursor of the next page.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total, boolean totalExact, String next) {

    public boolean hasNext() {
        return next != null;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public <R> PageResponse<R> map(java.util.function.Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalExact, next);
    }
}
