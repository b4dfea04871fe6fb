package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SqlStatements;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a request costs in SQL statements, counted on the request's thread: reading one record with an
 * API token stays within 3 statements once the token has been seen, and a list page costs the same
 * number of statements whatever its size.
 */
@IntegrationTest
class RequestCostTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SqlStatements sql;

    UserResponse rep;
    UserResponse teammate;
    String repToken;

    @BeforeEach
    void team() throws Exception {
        UUID team = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        repToken = token(rep);
    }

    private String token(UserResponse user) throws Exception {
        String body = mvc.perform(post("/api/v1/me/api-tokens").with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"integration\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + repToken);
    }

    private String create(UserResponse user, String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String fullAccount(UserResponse user) throws Exception {
        return create(user, "/api/v1/accounts", """
                {"name":"%s","taxId":"11.222.333/0001-81",
                 "phones":[{"type":"WORK","number":"(11) 3456-7890"},{"type":"MOBILE","number":"(11) 98765-4321"}],
                 "emails":[{"type":"WORK","address":"contato@padaria.example.com"}],
                 "addresses":[{"type":"BILLING","street":"Rua Augusta","number":"100","city":"São Paulo",
                   "region":"SP","postalCode":"01304-000","country":"BR"}],
                 "tags":["padaria","vip"]}""".formatted(Fixtures.unique("Padaria")));
    }

    @Test
    void contactReadWithAnApiTokenRunsAtMostThreeStatements() throws Exception {
        String account = fullAccount(rep);
        String contact = create(rep, "/api/v1/contacts", """
                {"firstName":"Maria","lastName":"%s","accountId":"%s",
                 "emails":[{"type":"WORK","address":"maria@padaria.example.com"},
                           {"type":"PERSONAL","address":"maria@example.com"}],
                 "phones":[{"type":"MOBILE","number":"(11) 91234-5678"},{"type":"WORK","number":"(11) 3456-7890"}],
                 "socialProfiles":[{"network":"LINKEDIN","url":"https://www.linkedin.com/in/maria"}],
                 "consents":[{"purpose":"MARKETING","channel":"EMAIL","granted":true,"lawfulBasis":"CONSENT",
                   "source":"web form"},{"purpose":"PROFILING","channel":"EMAIL","granted":false,
                   "lawfulBasis":"CONSENT","source":"web form"}],
                 "tags":["vip","newsletter","b2b"]}""".formatted(Fixtures.unique("Souza"), account));

        mvc.perform(withToken(get("/api/v1/contacts/" + contact))).andExpect(status().isOk());
        var second = sql.during(() -> mvc.perform(withToken(get("/api/v1/contacts/" + contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountName").exists())
                .andExpect(jsonPath("$.emails.length()").value(2))
                .andExpect(jsonPath("$.emails[1].address").value("maria@example.com"))
                .andExpect(jsonPath("$.phones.length()").value(2))
                .andExpect(jsonPath("$.phones[0].number").value("+5511912345678"))
                .andExpect(jsonPath("$.socialProfiles.length()").value(1))
                .andExpect(jsonPath("$.consents.length()").value(2))
                .andExpect(jsonPath("$.tags.length()").value(3)));
        assertThat(second.count()).as(second.toString()).isLessThanOrEqualTo(3);
    }

    @Test
    void accountReadWithAnApiTokenRunsAtMostThreeStatements() throws Exception {
        String account = fullAccount(rep);

        mvc.perform(withToken(get("/api/v1/accounts/" + account))).andExpect(status().isOk());
        var second = sql.during(() -> mvc.perform(withToken(get("/api/v1/accounts/" + account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phones.length()").value(2))
                .andExpect(jsonPath("$.emails.length()").value(1))
                .andExpect(jsonPath("$.addresses[0].city").value("São Paulo"))
                .andExpect(jsonPath("$.tags.length()").value(2)));
        assertThat(second.count()).as(second.toString()).isLessThanOrEqualTo(3);
    }

    @Test
    void aRecordOfAnotherTeamStaysHiddenWithinTheSameBudget() throws Exception {
        UserResponse stranger = fixtures.user("SALES_REP", fixtures.team().id());
        String theirs = create(stranger, "/api/v1/contacts", "{\"firstName\":\"Hidden\",\"lastName\":\"Person\"}");

        mvc.perform(withToken(get("/api/v1/contacts/" + theirs))).andExpect(status().isNotFound());
        var second = sql.during(() -> mvc.perform(withToken(get("/api/v1/contacts/" + theirs)))
                .andExpect(status().isNotFound()));
        assertThat(second.count()).as(second.toString()).isLessThanOrEqualTo(3);
    }

    @Test
    void aListPageCostsTheSameNumberOfStatementsWhateverItsSize() throws Exception {
        String account = fullAccount(rep);
        for (int i = 0; i < 110; i++) {
            UserResponse owner = i % 3 == 0 ? teammate : rep;
            create(owner, "/api/v1/contacts", """
                    {"firstName":"Person %03d","lastName":"Costa","accountId":%s,
                     "emails":[{"type":"WORK","address":"p%d@example.com"}],
                     "phones":[{"type":"MOBILE","number":"(11) 98765-%04d"}],"tags":["t%d"]}"""
                    .formatted(i, i % 2 == 0 ? "\"" + account + "\"" : "null", i, i, i % 5));
        }
        mvc.perform(withToken(get("/api/v1/contacts?size=20"))).andExpect(status().isOk());

        var page20 = sql.during(() -> list("/api/v1/contacts?size=20&sort=name,asc", 20));
        var page100 = sql.during(() -> list("/api/v1/contacts?size=100&sort=name,asc", 100));
        assertThat(page100.countWithoutIdentityRefresh()).as("page of 100: " + page100 + "\npage of 20: " + page20)
                .isEqualTo(page20.countWithoutIdentityRefresh());

        String next = JsonPath.read(list("/api/v1/contacts?size=20&sort=name,asc", 20).andReturn().getResponse()
                .getContentAsString(), "$.next");
        var keyset100 = sql.during(() -> list("/api/v1/contacts?size=100&sort=name,asc&after=" + next, 90));
        assertThat(keyset100.countWithoutIdentityRefresh()).as("keyset page: " + keyset100)
                .isEqualTo(page20.countWithoutIdentityRefresh());
    }

    private ResultActions list(String path, int rows) throws Exception {
        return mvc.perform(withToken(get(path))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(rows))
                .andExpect(jsonPath("$.items[0].ownerName").exists())
                .andExpect(jsonPath("$.total").value(110));
    }
}
