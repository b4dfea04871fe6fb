package dev.orbita.platform.ui;

import java.util.List;
import java.util.Set;

/**
 * The tabs of one record page and the open one. The page renders the tabs it owns in the same response
 * ({@link #inline()}); any other open tab (History, another module's) is loaded into the panel by htmx.
 *
 * @param all every tab of the record, in order
 * @param active the open tab
 * @param inline whether the page itself renders the open tab's content
 */
public record RecordTabs(List<TabLink> all, TabLink active, boolean inline) {

    public RecordTabs {
        all = List.copyOf(all);
    }

    /**
     * Opens the tab named by {@code requested} (from {@code ?tab=} or the path), or the first tab when it
     * names none of them.
     *
     * @param ownKeys the tabs the page renders itself
     */
    public static RecordTabs open(List<TabLink> tabs, String requested, Set<String> ownKeys) {
        if (tabs.isEmpty()) {
            throw new IllegalArgumentException("a record page needs at least one tab");
        }
        TabLink active = tabs.stream().filter(t -> t.key().equals(requested)).findFirst().orElse(tabs.get(0));
        return new RecordTabs(tabs, active, ownKeys.contains(active.key()));
    }

    public boolean has(String key) {
        return all.stream().anyMatch(t -> t.key().equals(key));
    }
}
