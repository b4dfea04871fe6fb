package dev.orbita.platform.bulk;

import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import java.util.UUID;
import java.util.function.Function;

/**
 * The records matching a list filter, as ids read in keyset batches through the list's own query (so visibility and
 * the recycle bin are applied exactly as the list applies them).
 *
 * @param order the list's default order; batches are {@code order.batch(size, next)}
 * @param list one batch of ids
 */
public record BulkSelection(PageQuery order, Function<PageQuery, PageResponse<UUID>> list) {
}
