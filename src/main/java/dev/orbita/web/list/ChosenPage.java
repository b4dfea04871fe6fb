package dev.orbita.web.list;

import java.util.List;
import java.util.UUID;

/**
 * A list page whose rows another source has already chosen and ordered (a search index that sorts and
 * pages by the list's own sort key, ADR 017), for {@link KeysetList#fetchChosen}.
 *
 * @param ids the page's ids in the list's order, one more than the page size when a next page exists; for a
 *        reversed page ({@link dev.orbita.web.PageQuery#reversed}) in the reversed order, one more than
 *        {@code rows} when a previous page exists
 * @param total the number of rows of the whole filtered list, exact when {@code totalExact}, else a
 *        lower bound or an estimate
 * @param rows how many rows the page shows at most: the page size, or what is left for the last page of
 *        an exactly counted list; -1 for the page size
 * @param page the page's number when the chooser knows it (a last page), -1 for the request's own
 */
public record ChosenPage(List<UUID> ids, long total, boolean totalExact, int rows, int page) {

    /** Nothing matches. */
    public static final ChosenPage EMPTY = new ChosenPage(List.of(), 0, true);

    public ChosenPage {
        ids = List.copyOf(ids);
    }

    /** A forward page: the page size and the request's page number. */
    public ChosenPage(List<UUID> ids, long total, boolean totalExact) {
        this(ids, total, totalExact, -1, -1);
    }
}
