package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The list pages' selection bar, its outcome notice, the job page and the user picker, as users meet them. */
@IntegrationTest
class BulkActionsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    UserResponse manager;
    UserResponse rep;
    UserResponse teammate;
    UserResponse otherTeamRep;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        UUID otherTeam = fixtures.team().id();
        manager = fixtures.user("SALES_MANAGER", team);
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
    }

    private RequestPostProcessor page(UserResponse u) {
        return user(userDetails.loadUserByUsername(u.username()));
    }

    private MockHttpServletRequestBuilder api(UserResponse u, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(u.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    /** The session cookie of a page answer: the notice after a redirect travels in the (JDBC) session. */
    private static jakarta.servlet.http.Cookie session(MvcResult result) {
        jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    private String account(UserResponse owner, String json) throws Exception {
        String body = mvc.perform(api(owner, post("/api/v1/accounts")).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void theListOffersTheSelectionBarAndOnlyManagersGetAssign() throws Exception {
        String tag = Fixtures.unique("bar").toLowerCase();
        String id = account(rep, "{\"name\":\"Quitanda %s\"}".formatted(tag));
        mvc.perform(get("/accounts").param("q", tag).with(page(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/lists/accounts/bulk\"")))
                .andExpect(content().string(containsString("name=\"ids\" value=\"" + id + "\"")))
                .andExpect(content().string(containsString("value=\"ASSIGN\"")))
                .andExpect(content().string(containsString("data-picker-url=\"/picker/USER\"")));
        mvc.perform(get("/accounts").param("q", tag).with(page(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"ADD_TAG\"")))
                .andExpect(content().string(not(containsString("value=\"ASSIGN\""))));
    }

    @Test
    void aReassignFromTheListSaysWhatWasDoneAndNamesWhatWasRefused() throws Exception {
        String tag = Fixtures.unique("bar").toLowerCase();
        String mine = account(rep, "{\"name\":\"Empório %s\"}".formatted(tag));
        String theirs = account(otherTeamRep, "{\"name\":\"Empório Alheio %s\"}".formatted(tag));
        MvcResult posted = mvc.perform(post("/lists/accounts/bulk").with(page(manager)).with(csrf())
                        .param("ids", mine, theirs).param("action", "ASSIGN").param("ownerId", teammate.id().toString())
                        .param("return", "/accounts?q=" + tag))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/accounts?q=" + tag)).andReturn();
        // the query string itself (not MockMvc's param), as the flash map matches the redirect's address
        mvc.perform(get("/accounts?q=" + tag).with(page(manager)).cookie(session(posted)))
                .andExpect(content().string(containsString("1 record changed; 1 refused:")))
                .andExpect(content().string(containsString(theirs)))
                .andExpect(content().string(not(containsString("Empório Alheio"))));
        mvc.perform(api(manager, get("/api/v1/accounts/" + mine))).andExpect(jsonPath("$.ownerId").value(teammate.id().toString()));
    }

    @Test
    void allMatchingTheFilterChangesExactlyTheFilteredRecords() throws Exception {
        String tag = Fixtures.unique("bar").toLowerCase();
        String lead = account(rep, "{\"name\":\"Sorveteria %s\",\"lifecycleStage\":\"LEAD\"}".formatted(tag));
        String prospect = account(rep, "{\"name\":\"Sorveteria B %s\",\"lifecycleStage\":\"PROSPECT\"}".formatted(tag));
        mvc.perform(post("/lists/accounts/bulk").with(page(rep)).with(csrf()).param("all", "true")
                        .param("filters", "q=" + tag + "&lifecycleStage=LEAD&sort=name").param("action", "SET_STAGE")
                        .param("stage", "CUSTOMER").param("return", "https://evil.example/accounts"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/accounts"));
        mvc.perform(api(rep, get("/api/v1/accounts/" + lead))).andExpect(jsonPath("$.lifecycleStage").value("CUSTOMER"));
        mvc.perform(api(rep, get("/api/v1/accounts/" + prospect))).andExpect(jsonPath("$.lifecycleStage").value("PROSPECT"));
    }

    @Test
    void nothingSelectedOrABadTagIsExplainedAndNothingChanges() throws Exception {
        String tag = Fixtures.unique("bar").toLowerCase();
        String id = account(rep, "{\"name\":\"Papelaria %s\"}".formatted(tag));
        MvcResult none = mvc.perform(post("/lists/accounts/bulk").with(page(rep)).with(csrf()).param("action", "ADD_TAG")
                .param("tag", "x")).andExpect(status().isFound()).andReturn();
        mvc.perform(get("/accounts").with(page(rep)).cookie(session(none)))
                .andExpect(content().string(containsString("Select at least one row first.")));
        MvcResult bad = mvc.perform(post("/lists/accounts/bulk").with(page(rep)).with(csrf()).param("ids", id)
                .param("action", "ADD_TAG").param("tag", "<script>")).andExpect(status().isFound()).andReturn();
        mvc.perform(get("/accounts").with(page(rep)).cookie(session(bad)))
                .andExpect(content().string(containsString("Nothing was changed:")))
                .andExpect(content().string(containsString("Tag: tags are 1 to 50 letters")));
        mvc.perform(api(rep, get("/api/v1/accounts/" + id))).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void theSelectionExportsAsAFileWithOnlyTheChosenRowsTheUserMaySee() throws Exception {
        String tag = Fixtures.unique("bar").toLowerCase();
        String one = account(rep, "{\"name\":\"Açougue Um %s\"}".formatted(tag));
        account(rep, "{\"name\":\"Açougue Dois %s\"}".formatted(tag));
        String three = account(rep, "{\"name\":\"Açougue Três %s\"}".formatted(tag));
        String theirs = account(otherTeamRep, "{\"name\":\"Açougue Alheio %s\"}".formatted(tag));
        MvcResult file = mvc.perform(post("/lists/accounts/export").with(page(rep)).with(csrf())
                        .param("ids", one, three, theirs).param("format", "csv").param("columns", "name,ownerName")
                        .param("sort", "name,desc"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("text/csv")))
                .andReturn();
        String csv = file.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3); // header and the two chosen rows the rep may see
        assertThat(lines.get(1)).startsWith("Açougue Um " + tag); // name, descending: "Um" after "Três"
        assertThat(lines.get(2)).startsWith("Açougue Três " + tag);
        assertThat(csv).doesNotContain("Dois").doesNotContain("Alheio");

        mvc.perform(post("/lists/accounts/export").with(page(rep)).with(csrf()).param("all", "true")
                        .param("format", "xlsx").param("exportXlsx", "/accounts/export?q=" + tag + "&format=xlsx")
                        .param("exportCsv", "https://evil.example/"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/accounts/export?q=" + tag + "&format=xlsx"));
        mvc.perform(post("/lists/accounts/export").with(page(rep)).with(csrf()).param("all", "true")
                        .param("format", "csv").param("exportCsv", "https://evil.example/"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/accounts/export?format=csv"));
    }

    @Test
    void aBackgroundJobHasAPageForItsAuthorOnly() throws Exception {
        String tag = Fixtures.unique("bar").toLowerCase();
        String id = account(rep, "{\"name\":\"Tabacaria %s\"}".formatted(tag));
        String body = mvc.perform(api(rep, post("/api/v1/accounts/bulk")).content(
                        "{\"ids\":[\"%s\"],\"action\":\"ADD_TAG\",\"tag\":\"fila\",\"background\":true}".formatted(id)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(body, "$.job");
        mvc.perform(get("/bulk-jobs/" + job).with(page(rep))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("Adding a tag")));
        mvc.perform(get("/bulk-jobs/" + job).with(page(teammate))).andExpect(status().isNotFound());
    }

    @Test
    void theUserPickerFindsActiveUsersByAnyWordOfTheirName() throws Exception {
        // the unique end of the generated name ("Test sales.rep-<hex>"): a word start, typed in capitals
        String word = teammate.username().substring(teammate.username().indexOf('-') + 1);
        mvc.perform(get("/picker/USER").param("q", word.substring(0, 7).toUpperCase()).with(page(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-value=\"" + teammate.id() + "\"")));
        mvc.perform(get("/picker/TEAM").param("q", "Team").with(page(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"option\"")));
        assertThat(word).isNotBlank();
    }
}
