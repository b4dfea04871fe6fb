package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accounts and contacts over the real API: contract, locking, history, visibility and duplicates. */
@IntegrationTest
class CustomersApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    UserResponse rep;
    UserResponse teammate;
    UserResponse otherTeamRep;
    UserResponse manager;
    UserResponse readOnly;
    UserResponse agent;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        UUID otherTeam = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
        manager = fixtures.user("SALES_MANAGER", null);
        fixtures.makeManager(team, manager.id());
        readOnly = fixtures.user("READ_ONLY", null);
        agent = fixtures.user("SERVICE_AGENT", otherTeam);
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private String createAccount(UserResponse user, String json) throws Exception {
        String body = mvc.perform(as(user, post("/api/v1/accounts")).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void accountLifecycleWithEtagsVersionsAndHistory() throws Exception {
        String name = Fixtures.unique("Padaria Pão Quente");
        String body = mvc.perform(as(rep, post("/api/v1/accounts")).content("""
                {"name":"%s","taxId":"11.222.333/0001-81","website":"https://padaria.example.com",
                 "phones":[{"type":"WORK","number":"(11) 3456-7890"}],
                 "emails":[{"type":"WORK","address":"contato@padaria.example.com"}],
                 "addresses":[{"type":"BILLING","street":"Rua Augusta","number":"100","city":"São Paulo",
                   "region":"SP","postalCode":"01304-000","country":"BR"}],
                 "tags":["Padaria","VIP"],"customFields":{"segment":"food"}}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/accounts/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kind").value("COMPANY"))
                .andExpect(jsonPath("$.taxId").value("11.222.333/0001-81"))
                .andExpect(jsonPath("$.taxIdKind").value("CNPJ"))
                .andExpect(jsonPath("$.phones[0].number").value("+551134567890"))
                .andExpect(jsonPath("$.phones[0].formatted").value("+55 11 3456-7890"))
                .andExpect(jsonPath("$.ownerId").value(rep.id().toString()))
                .andExpect(jsonPath("$.teamId").value(rep.teamId().toString()))
                .andExpect(jsonPath("$.tags", hasItem("vip")))
                .andExpect(jsonPath("$.customFields.segment").value("food"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.name").value(name));

        // PATCH (merge patch) changes only what it names
        mvc.perform(as(rep, patch("/api/v1/accounts/" + id)).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").content("{\"lifecycleStage\":\"CUSTOMER\",\"tier\":\"GOLD\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", not("\"0\"")))
                .andExpect(jsonPath("$.lifecycleStage").value("CUSTOMER"))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.emails[0].address").value("contato@padaria.example.com"));

        // a write based on an old version is refused: 412 with If-Match, 409 with version in the body
        mvc.perform(as(rep, put("/api/v1/accounts/" + id)).header("If-Match", "\"0\"")
                .content("{\"name\":\"Stale\"}")).andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(as(rep, put("/api/v1/accounts/" + id)).content("{\"name\":\"Stale\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(jsonPath("$.name").value(name));

        mvc.perform(as(rep, get("/api/v1/accounts/" + id + "/history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].actorName").value(rep.fullName()))
                .andExpect(jsonPath("$.items[0].fields[?(@.field == 'lifecycleStage')].oldValue").value(hasItem("PROSPECT")))
                .andExpect(jsonPath("$.items[0].fields[?(@.field == 'lifecycleStage')].newValue").value(hasItem("CUSTOMER")))
                .andExpect(jsonPath("$.items[1].action").value("CREATE"));

        mvc.perform(as(rep, delete("/api/v1/accounts/" + id))).andExpect(status().isNoContent());
        mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void visibilityFollowsRolesAndTeams() throws Exception {
        String name = Fixtures.unique("Visível Ltda");
        String id = createAccount(rep, "{\"name\":\"" + name + "\"}");

        mvc.perform(as(teammate, get("/api/v1/accounts/" + id))).andExpect(status().isOk());
        mvc.perform(as(manager, get("/api/v1/accounts/" + id))).andExpect(status().isOk());
        mvc.perform(as(readOnly, get("/api/v1/accounts/" + id))).andExpect(status().isOk());
        mvc.perform(as(agent, get("/api/v1/accounts/" + id))).andExpect(status().isOk());
        mvc.perform(as(otherTeamRep, get("/api/v1/accounts/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeamRep, get("/api/v1/accounts/" + id + "/history"))).andExpect(status().isNotFound());

        mvc.perform(as(otherTeamRep, get("/api/v1/accounts").param("q", name)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(teammate, get("/api/v1/accounts").param("q", name)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].ownerName").value(rep.fullName()));
        mvc.perform(as(otherTeamRep, get("/api/v1/search").param("q", name)))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(as(teammate, get("/api/v1/search").param("q", name)))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty());

        // writing: the other team cannot even see it; read-only and service agents outside the team may not change it
        mvc.perform(as(otherTeamRep, put("/api/v1/accounts/" + id)).content("{\"name\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(readOnly, put("/api/v1/accounts/" + id)).content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(agent, delete("/api/v1/accounts/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(readOnly, post("/api/v1/accounts")).content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(teammate, patch("/api/v1/accounts/" + id)).content("{\"industry\":\"Padaria\"}"))
                .andExpect(status().isOk());

        // only managers reassign: the rep may not, the team's manager may
        mvc.perform(as(rep, patch("/api/v1/accounts/" + id)).content("{\"ownerId\":\"" + teammate.id() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(manager, patch("/api/v1/accounts/" + id)).content("{\"ownerId\":\"" + teammate.id() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerId").value(teammate.id().toString()));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"x\",\"ownerId\":\"" + teammate.id() + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void contactsStandAloneKeepConsentHistoryAndWarnOfDuplicates() throws Exception {
        String email = Fixtures.unique("maria").toLowerCase() + "@example.com";
        String body = mvc.perform(as(rep, post("/api/v1/contacts")).content("""
                {"firstName":"Maria","lastName":"Conceição","emails":[{"type":"PERSONAL","address":"%s"}],
                 "phones":[{"type":"MOBILE","number":"(21) 98765-4321"}],"preferredChannel":"WHATSAPP",
                 "preferredContactHours":"09:00-12:00,14:00-18:00","language":"pt-BR","taxId":"529.982.247-25",
                 "socialProfiles":[{"network":"LINKEDIN","url":"https://www.linkedin.com/in/maria"}],
                 "consents":[{"purpose":"MARKETING","channel":"EMAIL","granted":true,"lawfulBasis":"CONSENT",
                   "source":"Formulário do site"}]}""".formatted(email)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accountId").doesNotExist())
                .andExpect(jsonPath("$.phones[0].number").value("+5521987654321"))
                .andExpect(jsonPath("$.consentsInForce[0].granted").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        // withdrawing adds a record; echoing the history back (merge patch) adds nothing
        mvc.perform(as(rep, patch("/api/v1/contacts/" + id)).content("""
                {"consents":[{"purpose":"MARKETING","channel":"EMAIL","granted":false,"lawfulBasis":"CONSENT",
                  "source":"Pedido por telefone"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents.length()").value(2))
                .andExpect(jsonPath("$.consentsInForce.length()").value(1))
                .andExpect(jsonPath("$.consentsInForce[0].granted").value(false));
        mvc.perform(as(rep, patch("/api/v1/contacts/" + id)).content("{\"jobTitle\":\"Compradora\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.consents.length()").value(2));

        // a second contact with the same email is accepted with a duplicate warning
        mvc.perform(as(rep, post("/api/v1/contacts")).content(
                "{\"lastName\":\"Outra\",\"emails\":[{\"type\":\"WORK\",\"address\":\"" + email + "\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates[0].id").value(id))
                .andExpect(jsonPath("$.duplicates[0].matchedOn").value(email));

        // B2B: a contact on an account, listed under it
        String accountId = createAccount(rep, "{\"name\":\"" + Fixtures.unique("Conta") + "\"}");
        mvc.perform(as(rep, post("/api/v1/contacts")).content(
                "{\"firstName\":\"José\",\"accountId\":\"" + accountId + "\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.accountName").exists());
        mvc.perform(as(rep, get("/api/v1/contacts").param("accountId", accountId)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].firstName").value("José"));
        // an account the caller cannot see is an invalid reference, not a leak
        String hidden = createAccount(otherTeamRep, "{\"name\":\"" + Fixtures.unique("Oculta") + "\"}");
        mvc.perform(as(rep, post("/api/v1/contacts")).content(
                "{\"firstName\":\"Ana\",\"accountId\":\"" + hidden + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
    }

    @Test
    void listsPageSortAndFollowCursors() throws Exception {
        String prefix = Fixtures.unique("Paginada");
        for (int i = 0; i < 5; i++) {
            createAccount(rep, "{\"name\":\"" + prefix + " " + i + "\"}");
        }
        String first = mvc.perform(as(rep, get("/api/v1/accounts").param("q", prefix).param("size", "2")
                .param("sort", "name,desc"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.items[0].name").value(prefix + " 4"))
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(first, "$.next");
        mvc.perform(as(rep, get("/api/v1/accounts").param("q", prefix).param("size", "2").param("sort", "name,desc")
                .param("after", next))).andExpect(jsonPath("$.items[0].name").value(prefix + " 2"));
        mvc.perform(as(rep, get("/api/v1/accounts").param("q", prefix).param("size", "2").param("page", "2")))
                .andExpect(jsonPath("$.items[0].name").value(prefix + " 4"))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void searchFoldsAccentsToleratesTyposAndMatchesPhonesAndTaxIds() throws Exception {
        String last = "Conceição" + Fixtures.unique("x").replaceAll("[^a-z]", "");
        String body = mvc.perform(as(rep, post("/api/v1/contacts")).content("""
                {"firstName":"João","lastName":"%s","phones":[{"type":"MOBILE","number":"+55 11 99123-4567"}],
                 "taxId":"123.456.789-09"}""".formatted(last))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String folded = last.replace("ç", "c").replace("ã", "a").toLowerCase();
        String typo = folded.replace("conceicao", "conseicao");
        for (String q : new String[] { folded, typo, "joao " + folded, "11 99123-4567", "(11)991234567",
                "+5511991234567", "123.456.789-09", "12345678909" }) {
            mvc.perform(as(rep, get("/api/v1/search").param("q", q))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].type").value(hasItem("CONTACT")));
        }
        mvc.perform(as(rep, get("/api/v1/search").param("q", "maria " + folded)))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
    }

    @Test
    void badInputIsAnsweredWithProblemDetailsNamingTheField() throws Exception {
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\": \"x\",")).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"x\",\"kind\":\"PLANET\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("COMPANY")));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"x\",\"phones\":\"123\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phones"));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"x\",\"parentId\":\"not-a-uuid\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"" + "a".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("""
                {"name":"x","taxId":"11.222.333/0001-82","website":"javascript:alert(1)",
                 "emails":[{"address":"nobody@"}],"phones":[{"number":"12"}],
                 "addresses":[{"city":"Lisboa","country":"PT","postalCode":"1000"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("taxId",
                        "website", "emails[0].address", "phones[0].number", "addresses[0].postalCode")));
        mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"x\",\"parentId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(as(rep, post("/api/v1/contacts")).content("{\"jobTitle\":\"x\",\"preferredContactHours\":\"18:00-09:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("lastName",
                        "preferredContactHours")));
        mvc.perform(as(rep, get("/api/v1/accounts/not-a-uuid"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(as(rep, get("/api/v1/accounts/" + UUID.randomUUID()))).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(as(rep, get("/api/v1/accounts").param("page", "-1"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(as(rep, get("/api/v1/accounts").param("size", "100000"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(as(rep, get("/api/v1/accounts").param("sort", "password,asc"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(as(rep, get("/api/v1/accounts").param("after", "%%%"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(as(rep, get("/api/v1/accounts").param("kind", "PLANET"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(as(rep, get("/api/v1/search").param("q", "x".repeat(201)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(as(rep, get("/api/v1/search").param("q", "*:* ~ \"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(as(rep, get("/api/v1/search").param("q", "O'Brien (AND) name:*"))).andExpect(status().isOk());
        mvc.perform(as(rep, post("/api/v1/accounts")).contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType());
        // messages follow Accept-Language
        mvc.perform(as(rep, post("/api/v1/accounts")).header("Accept-Language", "pt-BR").content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("é obrigatório"))
                .andExpect(jsonPath("$.title").value("Requisição inválida"));
        mvc.perform(as(rep, post("/api/v1/accounts")).header("Accept-Language", "pt-PT").content("{\"name\":\"\"}"))
                .andExpect(jsonPath("$.title").value("Pedido inválido"));
        // nothing of a rejected request was written
        String marker = Fixtures.unique("Nada");
        mvc.perform(as(rep, post("/api/v1/accounts")).content(
                "{\"name\":\"" + marker + "\",\"emails\":[{\"address\":\"ok@example.com\"},{\"address\":\"bad\"}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(rep, get("/api/v1/accounts").param("q", marker))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void userTextIsStoredAsTextAndReturnedVerbatim() throws Exception {
        String id = createAccount(rep, "{\"name\":\"<script>alert(1)</script>\"}");
        String json = mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(json, "$.name")).isEqualTo("<script>alert(1)</script>");
        mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(header().string("Content-Type",
                not(containsString("html"))));
    }
}
