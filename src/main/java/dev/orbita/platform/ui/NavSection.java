package dev.orbita.platform.ui;

import dev.orbita.platform.NavGroup;
import java.util.List;
import java.util.Locale;

/** One group of the left navigation as a user sees it: its heading and the items they may use. */
public record NavSection(NavGroup group, List<NavItem> items) {

    public NavSection {
        items = List.copyOf(items);
    }

    public String labelKey() {
        return group.labelKey();
    }

    /** The home group has no heading. */
    public boolean headed() {
        return group != NavGroup.HOME;
    }

    /** For element ids: {@code customers}. */
    public String id() {
        return group.name().toLowerCase(Locale.ROOT);
    }
}
