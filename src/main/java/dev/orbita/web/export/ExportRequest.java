package dev.orbita.web.export;

import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import dev.orbita.web.list.ListColumn;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to export: the whole result of one list, as the list itself reads it.
 *
 * @param titleKey message key of the record type's plural label ({@code record.CONTACT.plural}): the
 *        file name and the sheet name
 * @param columns the columns to write, in order (the list's defaults, or those the reader picked)
 * @param order the list's validated sort ({@link PageQuery#batch} is asked of it; its paging is not used)
 * @param list the list's own query with the reader's filters, given a page: the same call the list page
 *        and the JSON list make, so filters, sort and visibility are exactly theirs
 */
public record ExportRequest<T>(String titleKey, List<ListColumn<T>> columns, PageQuery order,
        Function<PageQuery, PageResponse<T>> list) {

    public ExportRequest {
        Objects.requireNonNull(titleKey, "titleKey");
        columns = List.copyOf(columns);
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(list, "list");
    }

    /** The same export limited to the rows with these ids (an export of chosen rows). */
    public ExportRequest<T> restrictedTo(java.util.Collection<java.util.UUID> ids) {
        return new ExportRequest<>(titleKey, columns, order.restrictedTo(ids), list);
    }
}
