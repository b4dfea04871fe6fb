package dev.orbita.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountRequest;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The account and contact list pages as their readers see them: the columns they chose, in their order and
 * remembered on the server; saved views opened from their address; page sizes, the "21–40 of N" line,
 * first/previous/next/last by keyset and the header count that follows the filter.
 */
@IntegrationTest
class ListViewsPagesTests {

    private static final Pattern HEADER = Pattern.compile("<th scope=\"col\"[^>]*data-column=\"([a-zA-Z]+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\"[^>]*rel=\"next\"");
    private static final Pattern PREVIOUS = Pattern.compile("href=\"([^\"]+)\"[^>]*rel=\"prev\"");
    private static final Pattern LAST = Pattern.compile("<a class=\"btn\" href=\"([^\"]+)\"[^>]*>Last</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignedIn signedIn;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    dev.orbita.support.SqlStatements sql;

    UserResponse rep;
    String prefix;

    @BeforeEach
    void rep() {
        rep = fixtures.user("SALES_REP", fixtures.team().id());
        prefix = Fixtures.unique("Pg").replace("-", "");
    }

    private RequestPostProcessor page(UserResponse user) {
        return user(userDetails.loadUserByUsername(user.username()));
    }

    /** {@code n} accounts of the rep named prefix-001…, every third GOLD. */
    private List<String> accountsOf(UserResponse owner, int n) {
        List<String> names = IntStream.rangeClosed(1, n).mapToObj(i -> prefix + "-" + String.format("%03d", i)).toList();
        signedIn.as(owner.username(), () -> {
            for (int i = 0; i < names.size(); i++) {
                accounts.create(new AccountRequest(names.get(i), null, null, null, null, null, null, null, null, null,
                        i % 3 == 0 ? ValueTier.GOLD : null, null, null, null, null, null, null, null));
            }
        });
        return names;
    }

    private String html(String url, UserResponse user) throws Exception {
        return mvc.perform(get(url).with(page(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> rows(String html) {
        String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
        // the names as cell text (each row's selection checkbox names it too, in its aria-label)
        Matcher m = Pattern.compile(">(" + Pattern.quote(prefix) + "-\\d{3})<").matcher(body);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> headers(String html) {
        Matcher m = HEADER.matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String link(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("link " + pattern).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    @Test
    void theChosenColumnsShowInTheirOrderAndFollowTheUserToAnotherSession() throws Exception {
        accountsOf(rep, 2);
        String before = html("/accounts?owner=" + rep.id(), rep);
        assertThat(headers(before)).startsWith("name", "kind", "lifecycleStage").contains("updatedAt")
                .doesNotContain("createdAt");

        // tick "created", untick "kind", and move "city" up once (above "email"): one form post
        mvc.perform(post("/lists/accounts/columns").with(page(rep)).with(csrf())
                .param("order", "name", "kind", "email", "city", "createdAt")
                .param("columns", "name", "email", "city", "createdAt")
                .param("move", "city:up").param("return", "/accounts?owner=" + rep.id()))
                .andExpect(status().is3xxRedirection());

        // a new session (no cookie): the choice is on the server
        String after = html("/accounts?owner=" + rep.id(), rep);
        assertThat(headers(after)).containsExactly("name", "city", "email", "createdAt");
        assertThat(after).contains(prefix + "-001");
        // the export of the list holds the same columns
        assertThat(after).contains("columns=name,city,email,createdAt&amp;format=csv");
        // the chooser lists the chosen columns first, ticked, then the others
        assertThat(after.indexOf("value=\"city\" checked")).isPositive().isLessThan(after.indexOf("value=\"email\" checked"));

        // another user (who sees no account: the chooser shows their columns) still has the defaults
        UserResponse other = fixtures.user("SALES_REP", null);
        assertThat(html("/accounts", other)).contains("value=\"kind\" checked")
                .doesNotContain("value=\"createdAt\" checked");
    }

    @Test
    void aViewAddressAppliesItsFiltersSortAndColumnsAndOthersGetThePlainListWithANotice() throws Exception {
        List<String> names = accountsOf(rep, 9);
        String body = mvc.perform(post("/api/v1/views").with(httpBasic(rep.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Gold of mine","resource":"accounts","filters":{"owner":"%s","tier":"GOLD"},
                         "sort":"name,desc","columns":["tier","name"]}""".formatted(rep.id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        String html = html("/accounts?view=" + id, rep);
        assertThat(rows(html)).containsExactly(names.get(6), names.get(3), names.get(0));
        assertThat(headers(html)).containsExactly("tier", "name");
        assertThat(html).contains("View: Gold of mine");
        // the view's links keep it: sorting keeps the filters
        assertThat(html).contains("view=" + id);

        // a stranger opening the address: the plain list and a notice, not an error
        UserResponse stranger = fixtures.user("SALES_REP", fixtures.team().id());
        String theirs = html("/accounts?view=" + id, stranger);
        assertThat(theirs).contains("That view is not available to you").doesNotContain(prefix + "-")
                .doesNotContain("View: Gold of mine").contains("value=\"kind\" checked");

        // as a default, the view opens on the plain address; an address with parameters is taken as it is
        mvc.perform(post("/lists/accounts/views/" + id + "/default").with(page(rep)).with(csrf()).param("on", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(rows(html("/accounts", rep))).containsExactly(names.get(6), names.get(3), names.get(0));
        assertThat(rows(html("/accounts?owner=" + rep.id(), rep))).hasSize(9);
    }

    @Test
    void theViewsMenuSavesTheCurrentListAsAViewThatOpensFromItsAddress() throws Exception {
        List<String> names = accountsOf(rep, 6);
        String saved = mvc.perform(post("/lists/accounts/views").with(page(rep)).with(csrf())
                .param("name", "Golden").param("shared", "TEAM")
                .param("filters", "owner=" + rep.id() + "&tier=GOLD").param("sort", "name,asc")
                .param("columns", "name,ownerName").param("size", "50"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).startsWith("/accounts?view=");
        String html = html(saved, rep);
        assertThat(rows(html)).containsExactly(names.get(0), names.get(3));
        assertThat(headers(html)).containsExactly("name", "ownerName");
        assertThat(html).contains("View: Golden");
    }

    @Test
    void theOwnerRenamesSharesAndDeletesAViewFromTheMenuAndOthersMayNot() throws Exception {
        accountsOf(rep, 3);
        UserResponse teammate = fixtures.user("SALES_REP", null);
        String saved = mvc.perform(post("/lists/accounts/views").with(page(rep)).with(csrf())
                .param("name", "Mine for now").param("filters", "owner=" + rep.id()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = saved.substring(saved.indexOf("view=") + 5);
        assertThat(html("/accounts", teammate)).doesNotContain("Mine for now");

        mvc.perform(post("/lists/accounts/views/" + id).with(page(rep)).with(csrf())
                .param("name", "Shared with all").param("shared", "ALL"))
                .andExpect(status().is3xxRedirection());
        String theirs = html("/accounts", teammate);
        assertThat(theirs).contains("Shared with all").contains("/accounts?view=" + id);
        // they see it, and may not change or delete it (the menu offers them neither)
        assertThat(html("/accounts?view=" + id, teammate)).contains("View: Shared with all")
                .doesNotContain("/lists/accounts/views/" + id + "/delete");
        mvc.perform(post("/lists/accounts/views/" + id).with(page(teammate)).with(csrf()).param("name", "Hijacked"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("listNotice", "list.views.refused"));
        mvc.perform(post("/lists/accounts/views/" + id + "/delete").with(page(teammate)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(html("/accounts", rep)).contains("Shared with all").doesNotContain("Hijacked");

        mvc.perform(post("/lists/accounts/views/" + id + "/delete").with(page(rep)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(html("/accounts", teammate)).doesNotContain("Shared with all");
        // a name the list refuses comes back as a notice, nothing saved
        mvc.perform(post("/lists/accounts/views").with(page(rep)).with(csrf()).param("name", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("listNotice", "list.views.nameRefused"));
    }

    @Test
    void pageSizesPagingAndTheLastPageByKeyset() throws Exception {
        List<String> names = accountsOf(rep, 55);
        String base = "/accounts?owner=" + rep.id();

        String first = html(base, rep);
        assertThat(rows(first)).isEqualTo(names.subList(0, 20));
        assertThat(first).contains("1–20 of 55");

        String second = html(link(NEXT, first), rep);
        assertThat(link(NEXT, first)).contains("after=");
        assertThat(rows(second)).isEqualTo(names.subList(20, 40));
        assertThat(second).contains("21–40 of 55");

        String last = html(link(LAST, second), rep);
        assertThat(rows(last)).isEqualTo(names.subList(40, 55));
        assertThat(last).contains("41–55 of 55").doesNotContain("rel=\"next\"");

        // back from the last page by the reversed keyset query
        String back = html(link(PREVIOUS, last), rep);
        assertThat(link(PREVIOUS, last)).contains("before=");
        assertThat(rows(back)).isEqualTo(names.subList(20, 40));
        assertThat(back).contains("21–40 of 55");
        assertThat(rows(html(link(PREVIOUS, back), rep))).isEqualTo(names.subList(0, 20));

        // descending, the last page holds the first names, in the list's order
        String desc = html(base + "&sort=name,desc&last=true", rep);
        assertThat(rows(desc)).isEqualTo(List.of(names.get(14), names.get(13), names.get(12), names.get(11),
                names.get(10), names.get(9), names.get(8), names.get(7), names.get(6), names.get(5), names.get(4),
                names.get(3), names.get(2), names.get(1), names.get(0)));

        // page size 50, chosen once and remembered
        mvc.perform(post("/lists/accounts/columns").with(page(rep)).with(csrf()).param("size", "50")
                .param("return", base)).andExpect(status().is3xxRedirection());
        String fifty = html(base, rep);
        assertThat(rows(fifty)).isEqualTo(names.subList(0, 50));
        assertThat(fifty).contains("1–50 of 55");
        assertThat(rows(html(link(LAST, fifty), rep))).isEqualTo(names.subList(50, 55));
        assertThat(rows(html(base + "&size=100", rep))).hasSize(55);
    }

    @Test
    void theLastPageOfAListFilteredInTheSearchIndexShowsItsLastRows() throws Exception {
        List<String> names = accountsOf(rep, 23);
        String base = "/accounts?q=" + prefix;
        String first = html(base, rep);
        assertThat(rows(first)).isEqualTo(names.subList(0, 20));
        String[] last = new String[1];
        var lastCost = sql.during(() -> last[0] = html(link(LAST, first), rep));
        assertThat(rows(last[0])).isEqualTo(names.subList(20, 23));
        assertThat(last[0]).contains("21–23 of 23");
        String[] back = new String[1];
        var backCost = sql.during(() -> back[0] = html(link(PREVIOUS, last[0]), rep));
        assertThat(rows(back[0])).isEqualTo(names.subList(0, 20));
        // both chosen in the index (ADR 017): no id list of every match, no SQL count
        assertThat(lastCost.statements()).noneMatch(q -> q.contains("q_match")).noneMatch(q -> q.contains("count("));
        assertThat(backCost.statements()).noneMatch(q -> q.contains("q_match")).noneMatch(q -> q.contains("count("));

        // walking back by "before" cursors in the index, 5 rows a page
        String[] tail = new String[1];
        var tailCost = sql.during(() -> tail[0] = html(base + "&size=5&last=true", rep));
        assertThat(rows(tail[0])).isEqualTo(names.subList(20, 23));
        String before = html(link(PREVIOUS, tail[0]), rep);
        assertThat(link(PREVIOUS, tail[0])).contains("before=");
        assertThat(rows(before)).isEqualTo(names.subList(15, 20));
        assertThat(before).contains("16–20 of 23");
        assertThat(rows(html(link(NEXT, before), rep))).isEqualTo(names.subList(20, 23));
        assertThat(tailCost.statements()).noneMatch(q -> q.contains("q_match"));
    }

    @Test
    void theHeaderCountFollowsAnHtmxFilterChange() throws Exception {
        accountsOf(rep, 12);
        String full = html("/accounts?owner=" + rep.id(), rep);
        assertThat(full).containsPattern("id=\"account-total\"[^>]*>12<");
        String rows = mvc.perform(get("/accounts").param("owner", rep.id().toString()).param("tier", "GOLD")
                .header("HX-Request", "true").with(page(rep))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(rows).doesNotContain("<html").containsPattern("<span[^>]*id=\"account-total\"[^>]*>4<")
                .containsPattern("<span[^>]*hx-swap-oob=\"true\"[^>]*>4<");
        assertThat(rows).contains("1–4 of 4");
    }

    @Test
    void aListPageCostsTheSameStatementsWhateverItsSizeItsPageOrItsView() throws Exception {
        accountsOf(rep, 105);
        String base = "/accounts?owner=" + rep.id();
        html(base, rep);
        var page20 = sql.during(() -> html(base + "&size=20", rep));
        var page100 = sql.during(() -> html(base + "&size=100", rep));
        String second = link(NEXT, html(base, rep));
        var keyset = sql.during(() -> html(second, rep));
        var last = sql.during(() -> html(base + "&size=50&last=true", rep));
        assertThat(page100.countWithoutIdentityRefresh()).as("100 rows: " + page100 + "\n20 rows: " + page20)
                .isEqualTo(page20.countWithoutIdentityRefresh());
        assertThat(keyset.countWithoutIdentityRefresh()).as("next page: " + keyset)
                .isEqualTo(page20.countWithoutIdentityRefresh());
        assertThat(last.countWithoutIdentityRefresh()).as("last page: " + last)
                .isEqualTo(page20.countWithoutIdentityRefresh());
    }

    @Test
    void theContactListRendersFromItsDeclaredColumnsToo() throws Exception {
        UUID owner = rep.id();
        String html = html("/contacts?owner=" + owner, rep);
        assertThat(html).contains("id=\"contact-rows\"").contains("/lists/contacts/columns");
        mvc.perform(post("/lists/contacts/columns").with(page(rep)).with(csrf())
                .param("order", "email", "name").param("columns", "email", "name").param("return", "/contacts"))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(post("/api/v1/contacts").with(httpBasic(rep.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"" + prefix + "-001\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(prefix);
        assertThat(headers(html("/contacts?owner=" + owner, rep))).containsExactly("email", "name");
    }
}
