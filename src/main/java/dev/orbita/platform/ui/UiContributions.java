package dev.orbita.platform.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * What one module adds to the interface, declared as a single bean of the module:
 *
 * <pre>{@code
 * @Bean
 * UiContributions dealsUi() {
 *     return UiContributions.builder()
 *             .nav(new NavItem(NavGroup.SALES, "deals", "record.DEAL.plural", "/deals", "chart", 10))
 *             .newEntry(new NewEntry("deal.new", "/deals/new", "chart", 30))
 *             .tab(new RecordTab("ACCOUNT", "deals", "deal.tab", 20, "/deals/of-account/{id}"))
 *             .panel(new RecordPanel("ACCOUNT", "deals", "deal.panel", 30, "/deals/panels/account/{id}"))
 *             .build();
 * }
 * }</pre>
 */
public record UiContributions(List<NavItem> navItems, List<NewEntry> newEntries, List<RecordTab> tabs,
        List<RecordPanel> panels) {

    public UiContributions {
        navItems = List.copyOf(navItems);
        newEntries = List.copyOf(newEntries);
        tabs = List.copyOf(tabs);
        panels = List.copyOf(panels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a module's contributions. */
    public static final class Builder {
        private final List<NavItem> navItems = new ArrayList<>();
        private final List<NewEntry> newEntries = new ArrayList<>();
        private final List<RecordTab> tabs = new ArrayList<>();
        private final List<RecordPanel> panels = new ArrayList<>();

        private Builder() {
        }

        public Builder nav(NavItem item) {
            navItems.add(item);
            return this;
        }

        public Builder newEntry(NewEntry entry) {
            newEntries.add(entry);
            return this;
        }

        public Builder tab(RecordTab tab) {
            tabs.add(tab);
            return this;
        }

        public Builder panel(RecordPanel panel) {
            panels.add(panel);
            return this;
        }

        public UiContributions build() {
            return new UiContributions(navItems, newEntries, tabs, panels);
        }
    }
}
