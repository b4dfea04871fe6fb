package dev.orbita.platform.ui;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.NavGroup;
import dev.orbita.platform.RecordType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link UiContributions}, checked and ordered once at start-up, plus what the kernel adds
 * by itself:
 * <ul>
 * <li>a navigation item for each record type with a {@link RecordType#navGroup()} whose module declared no
 * item for its list ({@code urlBase}), labelled with the type's plural;</li>
 * <li>a History tab on the record page of each {@link RecordType#audited() audited} record type, loading
 * {@code /records/{TYPE}/{id}/history}.</li>
 * </ul>
 * Two items with one key, two tabs or panels with one key on one record type, or a tab or panel of an
 * unknown record type fail the start.
 */
@Component
public class UiExtensions {

    static final String HISTORY_TAB = "history";
    static final String HISTORY_LABEL = "shell.tab.history";
    static final String RECORD_TYPE_ICON = "list";
    static final int RECORD_TYPE_NAV_ORDER = 500;

    private static final Comparator<NavItem> NAV_ORDER = Comparator.comparing(NavItem::group)
            .thenComparingInt(NavItem::order).thenComparing(NavItem::key);
    private static final Comparator<NewEntry> NEW_ORDER = Comparator.comparingInt(NewEntry::order)
            .thenComparing(NewEntry::url);
    private static final Comparator<RecordTab> TAB_ORDER = Comparator.comparingInt(RecordTab::order)
            .thenComparing(RecordTab::key);
    private static final Comparator<RecordPanel> PANEL_ORDER = Comparator.comparingInt(RecordPanel::order)
            .thenComparing(RecordPanel::key);

    private final Map<String, RecordType> types = new LinkedHashMap<>();
    private final List<NavItem> navItems;
    private final List<NewEntry> newEntries;
    private final Map<String, List<RecordTab>> tabs;
    private final Map<String, List<RecordPanel>> panels;

    UiExtensions(List<UiContributions> contributions, List<RecordType> recordTypes) {
        recordTypes.forEach(t -> types.put(t.code(), t));
        List<NavItem> nav = new ArrayList<>();
        List<NewEntry> entries = new ArrayList<>();
        List<RecordTab> allTabs = new ArrayList<>();
        List<RecordPanel> allPanels = new ArrayList<>();
        for (UiContributions c : contributions) {
            nav.addAll(c.navItems());
            entries.addAll(c.newEntries());
            allTabs.addAll(c.tabs());
            allPanels.addAll(c.panels());
        }
        for (RecordType type : types.values()) {
            if (type.navGroup() != null && nav.stream().noneMatch(i -> i.url().equals(type.urlBase()))) {
                nav.add(new NavItem(type.navGroup(), type.urlBase().substring(1).replace('/', '-').toLowerCase(Locale.ROOT),
                        type.pluralLabelKey(), type.urlBase(), RECORD_TYPE_ICON, RECORD_TYPE_NAV_ORDER));
            }
            if (type.audited()) {
                allTabs.add(new RecordTab(type.code(), HISTORY_TAB, HISTORY_LABEL, RecordTab.HISTORY_ORDER,
                        "/records/" + type.code() + "/{id}/history"));
            }
        }
        unique(nav.stream().map(NavItem::key).toList(), "navigation item");
        unique(allTabs.stream().map(t -> t.recordType() + "/" + t.key()).toList(), "record tab");
        unique(allPanels.stream().map(p -> p.recordType() + "/" + p.key()).toList(), "record panel");
        allTabs.forEach(t -> knownType(t.recordType(), "tab " + t.key()));
        allPanels.forEach(p -> knownType(p.recordType(), "panel " + p.key()));
        this.navItems = nav.stream().sorted(NAV_ORDER).toList();
        this.newEntries = entries.stream().sorted(NEW_ORDER).toList();
        this.tabs = allTabs.stream().sorted(TAB_ORDER)
                .collect(Collectors.groupingBy(RecordTab::recordType, Collectors.toUnmodifiableList()));
        this.panels = allPanels.stream().sorted(PANEL_ORDER)
                .collect(Collectors.groupingBy(RecordPanel::recordType, Collectors.toUnmodifiableList()));
    }

    /** The navigation groups this user sees, in {@link NavGroup} order, without empty groups. */
    public List<NavSection> navigation(CurrentUser user) {
        Map<NavGroup, List<NavItem>> byGroup = new EnumMap<>(NavGroup.class);
        for (NavItem item : navItems) {
            if (item.visibleTo(user)) {
                byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
            }
        }
        return byGroup.entrySet().stream().map(e -> new NavSection(e.getKey(), e.getValue())).toList();
    }

    /** The "+ New" entries this user sees, in order. */
    public List<NewEntry> newEntries(CurrentUser user) {
        return newEntries.stream().filter(e -> e.visibleTo(user)).toList();
    }

    /** The tabs of one record's page, in order; the page link of each opens the record with {@code ?tab=key}. */
    public List<TabLink> tabs(String recordType, UUID id) {
        String page = type(recordType).url(id);
        return tabs.getOrDefault(recordType, List.of()).stream()
                .map(t -> new TabLink(t.key(), t.labelKey(), t.url(id), page + "?tab=" + t.key())).toList();
    }

    /** The panels of one record's Customer 360 page, in order. */
    public List<PanelSlot> panels(String recordType, UUID id) {
        type(recordType);
        return panels.getOrDefault(recordType, List.of()).stream()
                .map(p -> new PanelSlot(p.key(), p.labelKey(), p.url(id))).toList();
    }

    private static void unique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IllegalStateException(what + " " + key + " is contributed twice");
            }
        }
    }

    private RecordType type(String code) {
        RecordType type = types.get(code);
        if (type == null) {
            throw new IllegalArgumentException("unknown record type " + code);
        }
        return type;
    }

    private void knownType(String code, String what) {
        if (!types.containsKey(code)) {
            throw new IllegalStateException(what + " belongs to the unknown record type " + code);
        }
    }
}
