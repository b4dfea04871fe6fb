package dev.orbita.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.NavGroup;
import dev.orbita.platform.RecordType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the kernel collects, checks and orders the modules' UI contributions. */
class UiExtensionsTests {

    private static final RecordType DEAL = RecordType.builder("DEAL").table("deals").urls("/deals", "/api/v1/deals")
            .label("record.DEAL").nav(NavGroup.SALES)
            .audited(dev.orbita.platform.AuditFields.of(Object.class).text("name", Object::toString).build()).build();
    private static final RecordType NOTE = RecordType.builder("NOTE").table("notes").urls("/notes", "/api/v1/notes")
            .label("record.NOTE").build();
    private static final UUID ID = UUID.fromString("0c7f7c2e-8d49-4f5e-9d1b-3f0e2b6a1c55");

    private static CurrentUser user(String... roles) {
        return new CurrentUser(UUID.randomUUID(), "u", "U Ser", null, Set.of(), Set.of(roles), null, Set.of(),
                CurrentUser.Kind.STAFF, null, "en", "UTC");
    }

    private static UiExtensions extensions(List<UiContributions> contributions) {
        return new UiExtensions(contributions, List.of(DEAL, NOTE));
    }

    @Test
    void navigationIsGroupedInGroupOrderAndOrderedInsideAGroup() {
        UiExtensions ui = extensions(List.of(UiContributions.builder()
                .nav(new NavItem(NavGroup.ADMIN, "users", "nav.users", "/admin/users", "users", 10, "ADMIN"))
                .nav(new NavItem(NavGroup.CUSTOMERS, "contacts", "nav.contacts", "/contacts", "user", 20))
                .nav(new NavItem(NavGroup.CUSTOMERS, "accounts", "nav.accounts", "/accounts", "building", 10))
                .nav(new NavItem(NavGroup.SALES, "deals", "nav.deals", "/deals", "chart", 10))
                .build()));

        List<NavSection> admin = ui.navigation(user("ADMIN"));
        assertThat(admin).extracting(NavSection::group).containsExactly(NavGroup.CUSTOMERS, NavGroup.SALES,
                NavGroup.ADMIN);
        assertThat(admin.get(0).items()).extracting(NavItem::key).containsExactly("accounts", "contacts");
        assertThat(admin.get(0).labelKey()).isEqualTo("nav.group.customers");
        assertThat(admin.get(0).headed()).isTrue();
    }

    @Test
    void itemsNeedingARoleAreHiddenFromOthersAndEmptyGroupsDisappear() {
        UiExtensions ui = extensions(List.of(UiContributions.builder()
                .nav(new NavItem(NavGroup.HOME, "home", "nav.home", "/", "home", 0))
                .nav(new NavItem(NavGroup.ADMIN, "users", "nav.users", "/admin/users", "users", 10, "ADMIN"))
                .newEntry(new NewEntry("user.new", "/admin/users/new", "users", 10, "ADMIN"))
                .newEntry(new NewEntry("deal.new", "/deals/new", "chart", 20))
                .build()));

        assertThat(ui.navigation(user("SALES_REP"))).extracting(NavSection::group)
                .containsExactly(NavGroup.HOME, NavGroup.SALES);
        assertThat(ui.navigation(null)).extracting(NavSection::group).containsExactly(NavGroup.HOME, NavGroup.SALES);
        assertThat(ui.navigation(user("SALES_REP")).get(0).headed()).isFalse();
        assertThat(ui.newEntries(user("SALES_REP"))).extracting(NewEntry::url).containsExactly("/deals/new");
        assertThat(ui.newEntries(user("ADMIN"))).extracting(NewEntry::url)
                .containsExactly("/admin/users/new", "/deals/new");
    }

    @Test
    void aRecordTypeWithANavGroupGetsItsListItemUnlessItsModuleDeclaredOne() {
        NavItem derived = extensions(List.of()).navigation(user()).get(0).items().get(0);
        assertThat(derived.group()).isEqualTo(NavGroup.SALES);
        assertThat(derived.url()).isEqualTo("/deals");
        assertThat(derived.labelKey()).isEqualTo("record.DEAL.plural");
        assertThat(derived.key()).isEqualTo("deals");

        UiExtensions declared = extensions(List.of(UiContributions.builder()
                .nav(new NavItem(NavGroup.SALES, "pipeline", "nav.pipeline", "/deals", "chart", 10)).build()));
        assertThat(declared.navigation(user()).get(0).items()).extracting(NavItem::key).containsExactly("pipeline");
    }

    @Test
    void auditedRecordTypesGetTheKernelsHistoryTabAfterTheModulesTabs() {
        UiExtensions ui = extensions(List.of(UiContributions.builder()
                .tab(new RecordTab("DEAL", "products", "deal.tab.products", 20, "/deals/{id}/tab/products"))
                .tab(new RecordTab("DEAL", "overview", "deal.tab.overview", 0, "/deals/{id}/tab/overview"))
                .tab(new RecordTab("NOTE", "overview", "note.tab.overview", 0, "/notes/{id}/tab/overview"))
                .build()));

        List<TabLink> tabs = ui.tabs("DEAL", ID);
        assertThat(tabs).extracting(TabLink::key).containsExactly("overview", "products", "history");
        assertThat(tabs.get(1).url()).isEqualTo("/deals/" + ID + "/tab/products");
        assertThat(tabs.get(1).href()).isEqualTo("/deals/" + ID + "?tab=products");
        assertThat(tabs.get(2).url()).isEqualTo("/records/DEAL/" + ID + "/history");
        assertThat(tabs.get(2).labelKey()).isEqualTo("shell.tab.history");
        // NOTE is not audited: no History tab
        assertThat(ui.tabs("NOTE", ID)).extracting(TabLink::key).containsExactly("overview");
    }

    @Test
    void panelsAreOrderedPerRecordType() {
        UiExtensions ui = extensions(List.of(
                UiContributions.builder().panel(new RecordPanel("DEAL", "quotes", "p.quotes", 20, "/quotes/of/{id}"))
                        .build(),
                UiContributions.builder().panel(new RecordPanel("DEAL", "contacts", "p.contacts", 10, "/deals/{id}/p"))
                        .build()));

        assertThat(ui.panels("DEAL", ID)).containsExactly(
                new PanelSlot("contacts", "p.contacts", "/deals/" + ID + "/p"),
                new PanelSlot("quotes", "p.quotes", "/quotes/of/" + ID));
        assertThat(ui.panels("NOTE", ID)).isEmpty();
    }

    @Test
    void clashesAndUnknownRecordTypesFailTheStart() {
        assertThatThrownBy(() -> extensions(List.of(
                UiContributions.builder().nav(new NavItem(NavGroup.SALES, "deals", "a", "/a", null, 1)).build(),
                UiContributions.builder().nav(new NavItem(NavGroup.SERVICE, "deals", "b", "/b", null, 1)).build())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("deals");
        assertThatThrownBy(() -> extensions(List.of(UiContributions.builder()
                .tab(new RecordTab("DEAL", "history", "mine", 5, "/deals/{id}/mine")).build())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEAL/history");
        assertThatThrownBy(() -> extensions(List.of(UiContributions.builder()
                .panel(new RecordPanel("TICKET", "x", "x", 1, "/x/{id}")).build())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TICKET");
        assertThatThrownBy(() -> extensions(List.of()).tabs("TICKET", ID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contributionsAreCheckedWhenDeclared() {
        assertThatThrownBy(() -> new NavItem(NavGroup.SALES, "Deals List", "l", "/deals", null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewEntry("deal.new", "https://elsewhere.example/deals/new", null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordTab("DEAL", "products", "l", 1, "/deals/products"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{id}");
        assertThatThrownBy(() -> new RecordPanel("DEAL", "quotes", "l", 1, "quotes/{id}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordPageOpensTheRequestedTabOrTheFirst() {
        List<TabLink> tabs = extensions(List.of(UiContributions.builder()
                .tab(new RecordTab("DEAL", "overview", "o", 0, "/deals/{id}/tab/overview")).build())).tabs("DEAL", ID);

        RecordTabs history = RecordTabs.open(tabs, "history", Set.of("overview"));
        assertThat(history.active().key()).isEqualTo("history");
        assertThat(history.inline()).isFalse();
        RecordTabs fallback = RecordTabs.open(tabs, "no-such-tab", Set.of("overview"));
        assertThat(fallback.active().key()).isEqualTo("overview");
        assertThat(fallback.inline()).isTrue();
        assertThat(RecordTabs.open(tabs, null, Set.of("overview")).active().key()).isEqualTo("overview");
    }
}
