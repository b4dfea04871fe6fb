package dev.orbita.web.list;

import java.util.List;
import java.util.UUID;

/**
 * A list page whose rows another source has already chosen and ordered (a search index that sorts and
 * pages by the list's own sort key, ADR 017), for {@link KeysetList#fetchChosen}.
 *
 * @param ids the page's ids in the list's order, one more than the page size when a next page exists
 * @param total the number of rows of the whole filtered list, exact when {@code totalExact}, else a
 *        lower bound or an estimate
 */
public record ChosenPage(List<UUID> ids, long total, boolean totalExact) {

    /** Nothing matches. */
    public static final ChosenPage EMPTY = new ChosenPage(List.of(), 0, true);

    public ChosenPage {
        ids = List.copyOf(ids);
    }
}
