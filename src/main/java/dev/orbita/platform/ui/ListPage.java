package dev.orbita.platform.ui;

import dev.orbita.web.PageResponse;
import dev.orbita.web.list.ListColumn;
import dev.orbita.web.list.ListColumns;
import dev.orbita.web.list.ListTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;

/**
 * Puts what the shell's list fragments render into a list page's model: the table of the chosen columns
 * ({@code table}), the views menu and column chooser ({@code listState}, {@code columnChoices}), the page
 * sizes ({@code pageSizes}) and the links ({@code links}, keeping the open view and the columns named in
 * the address). A list page calls it once, after its list query.
 */
public final class ListPage {

    /** A column of the chooser: shown or not, in the order the chooser lists them (shown ones first, in order). */
    public record ColumnChoice(String key, String labelKey, boolean chosen) {
    }

    private ListPage() {
    }

    /**
     * @param captionKey the list's title (the table's caption)
     * @param id a row's id, href where a row leads (its record page)
     * @return the links as put in the model
     */
    public static <T> ListLinks show(Model model, ListState state, PageResponse<T> result, ListLinks links,
            ListColumns<T> columns, String captionKey, Function<? super T, Object> id,
            Function<? super T, String> href) {
        List<ListColumn<T>> chosen = columns.pickKnown(state.columns());
        model.addAttribute("table", ListTable.of(captionKey, chosen, state.resource().sorts(), result.items(), id,
                href));
        List<ColumnChoice> choices = new ArrayList<>();
        chosen.forEach(c -> choices.add(new ColumnChoice(c.key(), c.labelKey(), true)));
        columns.all().stream().filter(c -> !chosen.contains(c))
                .forEach(c -> choices.add(new ColumnChoice(c.key(), c.labelKey(), false)));
        model.addAttribute("columnChoices", choices);
        model.addAttribute("listState", state);
        model.addAttribute("listResult", result);
        model.addAttribute("pageSizes", ListResource.PAGE_SIZES);
        model.addAttribute("viewSharings", SavedView.Sharing.values());
        Map<String, String> keep = new LinkedHashMap<>();
        keep.put("view", state.view() == null ? null : state.view().id().toString());
        keep.put("columns", state.columnsParam());
        String chosenKeys = String.join(",", chosen.stream().map(ListColumn::key).toList());
        ListLinks kept = links.keeping(keep).exportingColumns(chosen.equals(columns.defaults()) ? null : chosenKeys);
        model.addAttribute("links", kept);
        model.addAttribute("chosenColumns", chosenKeys);
        return kept;
    }
}
