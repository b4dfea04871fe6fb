package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SqlStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list filtered by {@code ?q=} and sorted by name is sorted and paged in the search index (ADR 017):
 * page after page (keyset or offset, either direction) it shows exactly what SQL's
 * {@code order by sort_name, id} shows of the records the caller may see, names that fold to the same
 * text (case, accents, twins) included, with the other filters applied; the list's own statements
 * read only the page's rows (no id list of every match, no count). What the index cannot page, and
 * a page the index and SQL disagree on, go the SQL way and give the same answer.
 */
@IntegrationTest
class ListPagedInIndexTests {

    /** The alias of the old path's condition (every match's id joined as a table, ADR 014). */
    private static final String SQL_PATH = "q_match";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SqlStatements sql;

    @Autowired
    JdbcTemplate jdbc;

    UserResponse rep;
    UserResponse teammate;
    UserResponse stranger;
    String word;
    String account;

    @BeforeEach
    void organisation() throws Exception {
        UUID team = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        stranger = fixtures.user("SALES_REP", fixtures.team().id());
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        account = create(rep, "/api/v1/accounts", "{\"name\":\"Conta " + word + "\"}");
    }

    private String create(UserResponse user, String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void contact(UserResponse user, String first, String last, String stage, boolean onAccount)
            throws Exception {
        create(user, "/api/v1/contacts", """
                {"firstName":"%s","lastName":"%s %s","lifecycleStage":"%s","accountId":%s,"tags":["t%s"]}"""
                .formatted(first, last, word, stage, onAccount ? "\"" + account + "\"" : "null", stage.length()));
    }

    /** Twins, case and accents that fold to the same sort name, punctuation and letters beyond z. */
    private void people() throws Exception {
        String[][] names = { { "Ana", "Souza" }, { "Ana", "Souza" }, { "ANA", "SOUZA" }, { "Aná", "Souzá" },
            { "ana", "souza" }, { "Anabela", "" }, { "Ana-Maria", "" }, { "Ana Maria", "" }, { "Álvaro", "" },
            { "alvaro", "" }, { "Zé", "" }, { "Ze", "" }, { "Øystein", "" }, { "Łukasz", "" }, { "Bruno", "Ávila" },
            { "bruno", "avila" }, { "Carla", "Dias" }, { "Ana", "Souza" } };
        String[] stages = { "LEAD", "PROSPECT", "CUSTOMER" };
        for (int i = 0; i < names.length; i++) {
            contact(i % 3 == 0 ? teammate : rep, names[i][0], names[i][1], stages[i % 3], i % 2 == 0);
            if (i % 4 == 0) { // a record the caller may not see, next to the visible ones in the order
                contact(stranger, names[i][0], names[i][1], stages[i % 3], false);
            }
        }
    }

    private record Page(List<String> ids, String next, long total, boolean exact, List<String> statements) {
    }

    private Page page(UserResponse user, String query) throws Exception {
        String[] body = new String[1];
        var recorded = sql.during(() -> body[0] = mvc.perform(get("/api/v1/contacts?" + query)
                .with(httpBasic(user.username(), Fixtures.PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        Map<String, Object> json = JsonPath.read(body[0], "$");
        return new Page(JsonPath.read(body[0], "$.items[*].id"), (String) json.get("next"),
                ((Number) json.get("total")).longValue(), (Boolean) json.get("totalExact"), recorded.statements());
    }

    /** Every page by keyset, checking that each one took the index's way. */
    private List<String> keysetPages(UserResponse user, String query, long total) throws Exception {
        List<String> seen = new ArrayList<>();
        Page page = page(user, query);
        int pages = 1;
        while (true) {
            assertThat(page.statements()).as("page %d of %s", pages, query).noneMatch(s -> s.contains(SQL_PATH))
                    .noneMatch(s -> s.contains("count("));
            assertThat(page.total()).as("total of page %d", pages).isEqualTo(total);
            assertThat(page.exact()).isTrue();
            seen.addAll(page.ids());
            if (page.next() == null) {
                return seen;
            }
            page = page(user, query + "&after=" + page.next());
            pages++;
        }
    }

    /** What SQL shows of this test's contacts to rep (who sees rep's and teammate's), in SQL's order. */
    private List<String> sqlOrder(String condition, boolean ascending, Object... args) {
        String dir = ascending ? "asc" : "desc";
        List<Object> params = new ArrayList<>(List.of("%" + word + "%", rep.id(), teammate.id()));
        params.addAll(List.of(args));
        return jdbc.queryForList("select cast(c.id as varchar(36)) from contacts c where c.sort_name like ?"
                + " and c.owner_id in (?, ?)" + condition + " order by c.sort_name " + dir + ", c.id " + dir,
                String.class, params.toArray());
    }

    @Test
    void pagesThroughTheMatchesInTheOrderSqlSortsThemIn() throws Exception {
        people();
        List<String> ascending = sqlOrder("", true);
        assertThat(ascending).hasSize(18);

        assertThat(keysetPages(rep, "q=" + word + "&size=4&sort=name,asc", 18)).containsExactlyElementsOf(ascending);
        assertThat(keysetPages(rep, "q=" + word + "&size=5", 18)).as("name is the default sort")
                .containsExactlyElementsOf(ascending);
        assertThat(keysetPages(rep, "q=" + word + "&size=3&sort=name,desc", 18))
                .containsExactlyElementsOf(sqlOrder("", false));
        // a second word narrows the matches; the twins stay in id order
        assertThat(keysetPages(rep, "q=ana+souza+" + word + "&size=2", 6))
                .containsExactlyElementsOf(sqlOrder(" and c.sort_name like 'ana souza %'", true));

        List<String> byOffset = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            Page page = page(rep, "q=" + word + "&size=5&page=" + n);
            assertThat(page.statements()).noneMatch(s -> s.contains(SQL_PATH));
            assertThat(page.total()).isEqualTo(18);
            byOffset.addAll(page.ids());
        }
        assertThat(byOffset).containsExactlyElementsOf(ascending);
    }

    @Test
    void theOtherFiltersAreAppliedByTheIndexToo() throws Exception {
        people();
        String q = "q=" + word + "&size=2";

        assertThat(keysetPages(rep, q + "&lifecycleStage=PROSPECT", 6))
                .containsExactlyElementsOf(sqlOrder(" and c.lifecycle_stage = 'PROSPECT'", true));
        assertThat(keysetPages(rep, q + "&ownerId=" + teammate.id(), 6))
                .containsExactlyElementsOf(sqlOrder(" and c.owner_id = ?", true, teammate.id()));
        assertThat(keysetPages(rep, q + "&standalone=true", 9))
                .containsExactlyElementsOf(sqlOrder(" and c.account_id is null", true));
        assertThat(keysetPages(rep, q + "&standalone=false&lifecycleStage=LEAD", 3)).containsExactlyElementsOf(
                sqlOrder(" and c.account_id is not null and c.lifecycle_stage = 'LEAD'", true));
        assertThat(keysetPages(rep, q + "&accountId=" + account + "&sort=name,desc", 9))
                .containsExactlyElementsOf(sqlOrder(" and c.account_id = ?", false, UUID.fromString(account)));
        assertThat(keysetPages(stranger, q, 5)).as("the stranger sees the stranger's own only").hasSize(5)
                .doesNotContainAnyElementsOf(sqlOrder("", true));
    }

    @Test
    void whatTheIndexCannotPageGoesTheSqlWayWithTheSameAnswer() throws Exception {
        people();
        List<String> ascending = sqlOrder("", true);

        // a row the index still shows to rep but SQL no longer does (changed behind the index's back)
        String moved = ascending.get(2);
        jdbc.update("update contacts set owner_id = ?, team_id = null where id = ?", stranger.id(),
                UUID.fromString(moved));
        List<String> visible = sqlOrder("", true);
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            Page page = page(rep, "q=" + word + "&size=4" + (next == null ? "" : "&after=" + next));
            assertThat(page.ids()).hasSizeLessThanOrEqualTo(4);
            if (page.next() != null) {
                assertThat(page.ids()).as("a full page before the last").hasSize(4);
            }
            seen.addAll(page.ids());
            next = page.next();
        } while (next != null);
        assertThat(seen).containsExactlyElementsOf(visible).doesNotContain(moved);
        assertThat(page(rep, "q=" + word + "&size=4").statements()).as("the page that holds it")
                .anyMatch(s -> s.contains(SQL_PATH));

        // another sort, or a filter the index does not hold
        Page byCreation = page(rep, "q=" + word + "&size=50&sort=createdAt,asc");
        assertThat(byCreation.statements()).anyMatch(s -> s.contains(SQL_PATH));
        assertThat(byCreation.ids()).containsExactlyInAnyOrderElementsOf(visible);
        Page tagged = page(rep, "q=" + word + "&size=50&tag=t4");
        assertThat(tagged.statements()).anyMatch(s -> s.contains(SQL_PATH));
        assertThat(tagged.ids()).containsExactlyElementsOf(sqlOrder(" and c.lifecycle_stage = 'LEAD'", true));
    }

    @Test
    void accountsArePagedInTheIndexInTheOrderSqlSortsThemIn() throws Exception {
        String[] names = { "Padaria Sol", "padaria sol", "PADARIA SÓL", "Padaria-Sol", "Padaria Solar", "Pádaria",
            "Ølstue", "Padaria Sol" };
        for (int i = 0; i < names.length; i++) {
            create(i % 2 == 0 ? rep : teammate, "/api/v1/accounts",
                    "{\"name\":\"%s %s\",\"kind\":\"%s\"}".formatted(names[i], word, i < 3 ? "PERSON" : "COMPANY"));
        }
        create(stranger, "/api/v1/accounts", "{\"name\":\"Padaria Sol %s\"}".formatted(word));
        List<String> expected = jdbc.queryForList("select cast(a.id as varchar(36)) from accounts a where"
                + " a.sort_name like ? and a.owner_id in (?, ?) order by a.sort_name, a.id", String.class,
                "%" + word + "%", rep.id(), teammate.id());
        // the account of @BeforeEach is named "Conta <word>"
        assertThat(expected).hasSize(names.length + 1);

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            String[] body = new String[1];
            String after = next == null ? "" : "&after=" + next;
            var recorded = sql.during(() -> body[0] = mvc.perform(get("/api/v1/accounts?size=2&q=" + word + after)
                    .with(httpBasic(rep.username(), Fixtures.PASSWORD))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(recorded.statements()).noneMatch(s -> s.contains(SQL_PATH)).noneMatch(s -> s.contains("count("));
            assertThat(((Number) JsonPath.read(body[0], "$.total")).intValue()).isEqualTo(names.length + 1);
            seen.addAll(JsonPath.read(body[0], "$.items[*].id"));
            next = (String) JsonPath.<Map<String, Object>>read(body[0], "$").get("next");
        } while (next != null);
        assertThat(seen).containsExactlyElementsOf(expected);

        String persons = JsonPath.read(mvc.perform(get("/api/v1/accounts?size=10&kind=PERSON&q=" + word)
                .with(httpBasic(rep.username(), Fixtures.PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), "$.total").toString();
        assertThat(persons).isEqualTo("3");
    }
}
