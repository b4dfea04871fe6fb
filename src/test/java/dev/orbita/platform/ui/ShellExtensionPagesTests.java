package dev.orbita.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.orbita.platform.NavGroup;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shell built from the modules' UI contributions, through the whole web stack: a module that is not
 * in the code base (declared here, with its labels in its own bundle) appears in the navigation, the
 * "+ New" menu, the account tabs and the account's Customer 360 without any template naming it.
 */
@IntegrationTest
class ShellExtensionPagesTests {

    /** A pretend "widgets" module: only its UiContributions bean and its message bundle. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WidgetsModule {

        @Bean
        UiContributions widgetsUi() {
            return UiContributions.builder()
                    .nav(new NavItem(NavGroup.SALES, "widgets", "test.nav.widgets", "/test-widgets", "chart", 10))
                    .newEntry(new NewEntry("test.new.widget", "/test-widgets/new", null, 50))
                    .newEntry(new NewEntry("test.new.audit", "/test-widgets/audit", null, 60, "ADMIN"))
                    .tab(new RecordTab("ACCOUNT", "widget-notes", "test.tab.notes", 50, "/test-widgets/of/{id}/notes"))
                    .panel(new RecordPanel("ACCOUNT", "widget-deals", "test.panel.deals", 50,
                            "/test-widgets/of/{id}/deals"))
                    .build();
        }

        @Bean
        static BeanPostProcessor widgetsBundle() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof AbstractResourceBasedMessageSource messages) {
                        messages.addBasenames("test-messages/ui");
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    UserDetails rep;
    UserDetails otherTeamRep;
    UserDetails admin;

    @BeforeEach
    void people() {
        rep = userDetails.loadUserByUsername(fixtures.user("SALES_REP", fixtures.team().id()).username());
        otherTeamRep = userDetails.loadUserByUsername(fixtures.user("SALES_REP", fixtures.team().id()).username());
        admin = userDetails.loadUserByUsername(fixtures.user("ADMIN", null).username());
    }

    private UUID account(UserDetails owner, String name) throws Exception {
        String location = mvc.perform(post("/accounts").with(user(owner)).with(csrf()).param("name", name)
                .param("kind", "COMPANY")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring("/accounts/".length()));
    }

    private UUID contact(UserDetails owner, UUID accountId, String lastName) throws Exception {
        String location = mvc.perform(post("/contacts").with(user(owner)).with(csrf()).param("firstName", "Ana")
                .param("lastName", lastName).param("accountId", accountId.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/contacts/".length()));
    }

    /** The start tag of the slot that loads url once the page is shown. */
    private static String slot(String html, String url) {
        Matcher m = Pattern.compile("<[^<>]*class=\"orbita-slot[^<>]*>").matcher(html);
        while (m.find()) {
            if (m.group().contains("hx-get=\"" + url + "\"")) {
                return m.group();
            }
        }
        throw new AssertionError("no slot loading " + url);
    }

    private String page(UserDetails who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theNavigationAndTheNewMenuAreBuiltFromTheModulesContributions() throws Exception {
        String html = page(rep, "/accounts");

        assertThat(html).contains("href=\"/test-widgets\"", "Widgets under test", "Sales",
                "href=\"/test-widgets/new\"", "New widget under test",
                "href=\"/accounts\"", "href=\"/contacts\"", "href=\"/accounts/new\"", "New account",
                "href=\"/search\"");
        // groups in their order: customers before sales; inside customers, accounts before contacts
        assertThat(html.indexOf("data-nav-group=\"customers\"")).isLessThan(html.indexOf("data-nav-group=\"sales\""));
        assertThat(html.indexOf("href=\"/accounts\"")).isLessThan(html.indexOf("href=\"/contacts\""));
        // the page's own item is marked, the others are not
        assertThat(html).containsPattern("<a class=\"nav-link active\" href=\"/accounts\"\\s+aria-current=\"page\"");
        assertThat(html).doesNotContainPattern("href=\"/test-widgets\"\\s+aria-current");
    }

    @Test
    void aSalesRepGetsNoAdminItemsAndAnAdminDoes() throws Exception {
        String repPage = page(rep, "/accounts");
        assertThat(repPage).doesNotContain("href=\"/admin/users\"", "href=\"/admin/teams\"", "href=\"/admin/roles\"",
                "data-nav-group=\"admin\"", "Audit something under test");

        String adminPage = page(admin, "/accounts");
        assertThat(adminPage).contains("data-nav-group=\"admin\"", "href=\"/admin/users\"", "href=\"/admin/teams\"",
                "href=\"/admin/roles\"", "href=\"/test-widgets/audit\"", "Audit something under test");
    }

    @Test
    void recordPagesShowTheirTabsWithTheFragmentEachLoads() throws Exception {
        UUID accountId = account(rep, Fixtures.unique("Tabbed"));
        UUID contactId = contact(rep, accountId, Fixtures.unique("Tabbed"));

        String account = page(rep, "/accounts/" + accountId);
        assertThat(account).contains(
                "hx-get=\"/accounts/" + accountId + "/tab/overview\"",
                "hx-get=\"/accounts/" + accountId + "/tab/contacts\"",
                "hx-get=\"/records/ACCOUNT/" + accountId + "/history\"",
                "hx-get=\"/test-widgets/of/" + accountId + "/notes\"", "Notes under test",
                "href=\"/accounts/" + accountId + "?tab=contacts\"",
                "hx-push-url=\"/accounts/" + accountId + "?tab=history\"");
        // in order: the module's tabs, the other module's tab, then History
        assertThat(account.indexOf("/tab/contacts\"")).isLessThan(account.indexOf("/notes\""));
        assertThat(account.indexOf("/notes\"")).isLessThan(account.indexOf("/history\""));

        String contact = page(rep, "/contacts/" + contactId);
        assertThat(contact).contains("hx-get=\"/contacts/" + contactId + "/tab/overview\"",
                "hx-get=\"/records/CONTACT/" + contactId + "/history\"");
        assertThat(contact).doesNotContain("/tab/contacts\"", "Notes under test");
    }

    @Test
    void aTabIsAFragmentForHtmxAndTheWholePageOtherwise() throws Exception {
        UUID accountId = account(rep, Fixtures.unique("Tab Host"));
        String lastName = Fixtures.unique("Inside");
        contact(rep, accountId, lastName);
        String tabUrl = "/accounts/" + accountId + "/tab/contacts";

        mvc.perform(get(tabUrl).header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(lastName), not(containsString("<html")),
                        not(containsString("role=\"tablist\"")))));

        for (String url : new String[] { tabUrl, "/accounts/" + accountId + "?tab=contacts" }) {
            String html = page(rep, url);
            assertThat(html).contains("<html", "role=\"tablist\"", lastName);
            assertThat(html).containsPattern("id=\"record-tab-contacts\"[^>]*aria-selected=\"true\"");
            assertThat(html).containsPattern("id=\"record-tab-overview\"[^>]*aria-selected=\"false\"");
        }

        // a bookmarked tab of another owner opens and loads its fragment from there
        String history = page(rep, "/accounts/" + accountId + "?tab=history");
        assertThat(history).containsPattern("id=\"record-tab-history\"[^>]*aria-selected=\"true\"");
        assertThat(slot(history, "/records/ACCOUNT/" + accountId + "/history")).contains("hx-trigger=\"load\"");
        assertThat(history).doesNotContain(lastName);

        // an unknown tab opens the overview; a tab this page does not own has no fragment here
        assertThat(page(rep, "/accounts/" + accountId + "?tab=bogus"))
                .containsPattern("id=\"record-tab-overview\"[^>]*aria-selected=\"true\"");
        mvc.perform(get("/accounts/" + accountId + "/tab/history").header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isNotFound());
    }

    @Test
    void customer360RendersOneSlotPerContributedPanel() throws Exception {
        UUID accountId = account(rep, Fixtures.unique("Panelled"));
        String lastName = Fixtures.unique("Panel");
        contact(rep, accountId, lastName);

        String html = page(rep, "/accounts/" + accountId + "/360");
        for (String[] panel : new String[][] { { "contact-points", "/accounts/" + accountId + "/panels/contact-points" },
                { "contacts", "/accounts/" + accountId + "/panels/contacts" },
                { "widget-deals", "/test-widgets/of/" + accountId + "/deals" } }) {
            assertThat(html).contains("data-panel=\"" + panel[0] + "\"");
            assertThat(slot(html, panel[1])).contains("hx-trigger=\"load\"", "aria-busy=\"true\"");
        }
        assertThat(html).contains("Deals under test").doesNotContain("data-module", lastName);

        mvc.perform(get("/accounts/" + accountId + "/panels/contacts").header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(lastName), not(containsString("<html")))));
        mvc.perform(get("/accounts/" + accountId + "/panels/contacts").with(user(rep)))
                .andExpect(redirectedUrl("/accounts/" + accountId + "/360"));
        mvc.perform(get("/accounts/" + accountId + "/panels/deals").header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isNotFound());
    }

    @Test
    void tabsAndPanelsOfARecordSomeoneCannotSeeAreNotFound() throws Exception {
        UUID accountId = account(rep, Fixtures.unique("Private"));
        UUID contactId = contact(rep, accountId, Fixtures.unique("Private"));

        for (String url : new String[] { "/accounts/" + accountId + "/tab/contacts",
                "/accounts/" + accountId + "/panels/contacts", "/contacts/" + contactId + "/panels/consents",
                "/contacts/" + contactId + "/tab/overview", "/records/ACCOUNT/" + accountId + "/history" }) {
            mvc.perform(get(url).header("HX-Request", "true").with(user(otherTeamRep)))
                    .andExpect(status().isNotFound());
        }
    }
}
