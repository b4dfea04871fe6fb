package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record kernel as accounts and contacts use it: scopes per record type, history formatted for
 * the reader, the generic history endpoint, and record-changed events reaching a listener.
 */
@IntegrationTest
class RecordKernelIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoleCatalog roles;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    UserResponse rep;
    UserResponse otherTeamRep;
    UserResponse agent;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        UUID otherTeam = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
        agent = fixtures.user("SERVICE_AGENT", otherTeam);
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    /** Signed in to the web UI (pages use the session, not HTTP Basic). */
    private org.springframework.test.web.servlet.request.RequestPostProcessor page(UserResponse user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails.loadUserByUsername(user.username()));
    }

    private String create(UserResponse user, String collection, String json) throws Exception {
        String body = mvc.perform(as(user, post("/api/v1/" + collection)).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void scopesArePerRecordTypeSoARoleCanSeeAllAccountsButOnlyItsOwnContacts() throws Exception {
        String account = create(rep, "accounts", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Scoped")));
        String contact = create(rep, "contacts", "{\"lastName\":\"%s\"}".formatted(Fixtures.unique("Scoped")));
        // a service agent reads everything by default
        mvc.perform(as(agent, get("/api/v1/accounts/" + account))).andExpect(status().isOk());
        mvc.perform(as(agent, get("/api/v1/contacts/" + contact))).andExpect(status().isOk());

        var before = roles.grants("SERVICE_AGENT");
        try {
            roles.changeScopes("SERVICE_AGENT", "CONTACT", Scope.OWN, Scope.OWN);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
                    .perform(as(agent, get("/api/v1/contacts/" + contact))).andExpect(status().isNotFound()));
            mvc.perform(as(agent, get("/api/v1/accounts/" + account))).andExpect(status().isOk());
            mvc.perform(as(agent, get("/api/v1/contacts?size=200")))
                    .andExpect(content().string(not(containsString(contact))));
            mvc.perform(as(agent, get("/api/v1/contacts/" + contact + "/history"))).andExpect(status().isNotFound());
            mvc.perform(as(agent, get("/api/v1/accounts/" + account + "/history"))).andExpect(status().isOk());
        } finally {
            roles.changeScopes("SERVICE_AGENT", "CONTACT", before.read("CONTACT"), before.write("CONTACT"));
        }
    }

    @Test
    void theNameOfARelatedRecordIsShownOnlyToThoseWhoMaySeeThatRecord() throws Exception {
        String accountName = Fixtures.unique("Hidden Employer");
        String account = create(rep, "accounts", "{\"name\":\"%s\"}".formatted(accountName));
        String contact = create(rep, "contacts", "{\"lastName\":\"%s\",\"accountId\":\"%s\"}"
                .formatted(Fixtures.unique("Linked"), account));
        var before = roles.grants("SERVICE_AGENT");
        try {
            // the agent still reads every contact, but only their own accounts
            roles.changeScopes("SERVICE_AGENT", "ACCOUNT", Scope.OWN, Scope.OWN);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
                    .perform(as(agent, get("/api/v1/accounts/" + account))).andExpect(status().isNotFound()));
            mvc.perform(as(agent, get("/api/v1/contacts/" + contact))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(accountName))));
            mvc.perform(as(agent, get("/api/v1/contacts?accountId=" + account)))
                    .andExpect(content().string(allOf(containsString(contact), not(containsString(accountName)))));
            String history = mvc.perform(get("/records/CONTACT/" + contact + "/history").with(page(agent)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(history).doesNotContain(accountName).contains("(not visible or deleted)");
            // the owner sees the name in the same history
            mvc.perform(get("/records/CONTACT/" + contact + "/history").with(page(rep)))
                    .andExpect(content().string(containsString(accountName)));
        } finally {
            roles.changeScopes("SERVICE_AGENT", "ACCOUNT", before.read("ACCOUNT"), before.write("ACCOUNT"));
        }
    }

    @Test
    void aRoleWithoutTheReassignPermissionCannotGiveARecordAway() throws Exception {
        String account = create(rep, "accounts", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Mine")));
        mvc.perform(as(rep, patch("/api/v1/accounts/" + account)).contentType("application/merge-patch+json")
                .content("{\"ownerId\":\"%s\"}".formatted(otherTeamRep.id()))).andExpect(status().isForbidden());
        try {
            roles.changePermission("SALES_REP", Permission.REASSIGN_RECORDS, true);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(as(rep,
                    patch("/api/v1/accounts/" + account)).contentType("application/merge-patch+json")
                    .content("{\"ownerId\":\"%s\",\"teamId\":null}".formatted(rep.id()))).andExpect(status().isOk()));
        } finally {
            roles.changePermission("SALES_REP", Permission.REASSIGN_RECORDS, false);
        }
    }

    @Test
    void theHistoryTabShowsValuesInTheReadersLanguageAndTheFormsOrder() throws Exception {
        UserResponse ptRep = fixtures.userWithLanguage("SALES_REP", rep.teamId(), "pt-BR");
        String id = create(ptRep, "contacts", """
                {"firstName":"Ana","lastName":"%s","lifecycleStage":"PROSPECT",
                 "phones":[{"type":"MOBILE","number":"+55 11 98765-4321"}]}""".formatted(Fixtures.unique("Souza")));
        mvc.perform(as(ptRep, patch("/api/v1/contacts/" + id)).contentType("application/merge-patch+json").content("""
                {"lifecycleStage":"CUSTOMER","consents":[{"purpose":"MARKETING","channel":"EMAIL","granted":true,
                  "lawfulBasis":"CONSENT","source":"formulário do site","recordedAt":"2026-03-01T12:00:00.123456789Z"}]}"""))
                .andExpect(status().isOk());

        String html = mvc.perform(get("/records/CONTACT/" + id + "/history").header("HX-Request", "true")
                        .with(page(ptRep)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html")
                .contains("Oportunidade", "Cliente")          // lifecycle labels in Portuguese, not codes
                .contains("Marketing", "Concedido")
                .doesNotContain("CUSTOMER", "PROSPECT", "MARKETING/EMAIL", "granted", "2026-03-01T12:00")
                .contains("09:00")                            // recorded at 12:00 UTC, shown in São Paulo time
                .contains(dev.orbita.shared.PhoneNumber.display("+5511987654321")) // as the record page shows it
                .doesNotContain("+5511987654321");
        assertThat(html.indexOf("data-field=\"lifecycleStage\"")).as("stage before consents, as on the form")
                .isLessThan(html.indexOf("data-field=\"consents\""));

        // the API keeps canonical values
        mvc.perform(as(ptRep, get("/api/v1/contacts/" + id + "/history")))
                .andExpect(jsonPath("$.items[0].fields[?(@.field == 'lifecycleStage')].newValue").value(
                        org.hamcrest.Matchers.hasItem("CUSTOMER")));
        mvc.perform(get("/records/CONTACT/" + id + "/history").with(page(otherTeamRep))).andExpect(status().isNotFound());
        mvc.perform(get("/records/NOSUCHTYPE/" + id + "/history").with(page(ptRep))).andExpect(status().isNotFound());
        mvc.perform(as(ptRep, get("/api/v1/nosuch/" + id + "/history"))).andExpect(status().isNotFound());
    }

    @Test
    void recordChangesReachTheRecentlyChangedListOfThoseWhoMaySeeThem() throws Exception {
        String name = Fixtures.unique("Recently");
        String id = create(rep, "accounts", "{\"name\":\"%s\"}".formatted(name));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(as(rep, get("/api/v1/recent-changes")))
                .andExpect(jsonPath("$.items[?(@.recordId == '%s')].action".formatted(id))
                        .value(org.hamcrest.Matchers.hasItem("CREATE"))));
        mvc.perform(as(rep, patch("/api/v1/accounts/" + id)).contentType("application/merge-patch+json")
                .content("{\"name\":\"%s renamed\"}".formatted(name))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(as(rep, get("/api/v1/recent-changes")))
                .andExpect(jsonPath("$.items[?(@.recordId == '%s')].title".formatted(id))
                        .value(org.hamcrest.Matchers.hasItem(name + " renamed"))));
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
                Long.class)).as("handled events leave the outbox").isZero();
        // not for someone who may not see the account
        mvc.perform(as(otherTeamRep, get("/api/v1/recent-changes?limit=50")))
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/recent/panel").header("HX-Request", "true")
                        .with(page(rep)))
                .andExpect(content().string(allOf(containsString(name + " renamed"), containsString("/accounts/" + id),
                        not(containsString("Nothing changed lately")))));
        mvc.perform(as(rep, get("/api/v1/recent-changes?limit=0"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));

        mvc.perform(as(rep, delete("/api/v1/accounts/" + id))).andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(as(rep, get("/api/v1/recent-changes?limit=50")))
                .andExpect(content().string(not(containsString(id)))));
    }

    @Test
    void theHomePageLoadsThePanelsModulesContribute() throws Exception {
        mvc.perform(get("/").with(page(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hx-get=\"/recent/panel\""),
                        containsString("Recently changed"))));
    }

    @Test
    void everyDeclaredRecordTypeHasALabelInEveryLanguage(@Autowired RecordTypes types,
            @Autowired org.springframework.context.MessageSource messages) {
        assertThat(types.all()).extracting(RecordType::code).contains("ACCOUNT", "CONTACT");
        for (RecordType type : types.all()) {
            for (String lang : List.of("en", "pt-BR", "pt-PT")) {
                var locale = java.util.Locale.forLanguageTag(lang);
                assertThat(messages.getMessage(type.labelKey(), null, null, locale)).as(type.code() + " " + lang)
                        .isNotBlank();
                assertThat(messages.getMessage(type.pluralLabelKey(), null, null, locale)).isNotBlank();
            }
        }
    }
}
