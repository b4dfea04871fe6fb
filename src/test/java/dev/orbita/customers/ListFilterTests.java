package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code ?q=} on the account and contact lists: by part of the name, by e-mail, by phone digits,
 * only among the records the caller may see, and with keyset paging and totals as without it.
 */
@IntegrationTest
class ListFilterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    UserResponse rep;
    UserResponse teammate;
    UserResponse stranger;
    /** A word no other test's data contains. */
    String word;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        stranger = fixtures.user("SALES_REP", fixtures.team().id());
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String create(UserResponse user, String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions list(UserResponse user, String path) throws Exception {
        return list(user, path, null);
    }

    /** A list request with {@code ?q=} given as typed (MockMvc encodes it). */
    private ResultActions list(UserResponse user, String path, String q) throws Exception {
        var request = get(path).with(httpBasic(user.username(), Fixtures.PASSWORD));
        if (q != null) {
            request.param("q", q);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private List<String> ids(UserResponse user, String path, String q) throws Exception {
        return JsonPath.read(list(user, path, q).andReturn().getResponse().getContentAsString(), "$.items[*].id");
    }

    @Test
    void contactsAreFoundByAnyPartOfTheirName() throws Exception {
        String maria = create(rep, "/api/v1/contacts", """
                {"firstName":"Maria da Conceição","lastName":"Sousa %s"}""".formatted(word));
        String joao = create(teammate, "/api/v1/contacts", """
                {"firstName":"João","lastName":"Sousa %s"}""".formatted(word));

        assertThat(ids(rep, "/api/v1/contacts", (word))).containsExactlyInAnyOrder(maria, joao);
        // the start of any word, in any order, accents and case aside
        assertThat(ids(rep, "/api/v1/contacts", ("CONCEI " + word.substring(0, 6)))).containsExactly(maria);
        assertThat(ids(rep, "/api/v1/contacts", (word + " joão"))).containsExactly(joao);
        assertThat(ids(rep, "/api/v1/contacts", ("sous " + word))).containsExactlyInAnyOrder(maria, joao);
        assertThat(ids(rep, "/api/v1/contacts", ("pedro " + word))).isEmpty();
        list(rep, "/api/v1/contacts?sort=name,asc", word)
                .andExpect(jsonPath("$.items[*].name").value(contains("João Sousa " + word,
                        "Maria da Conceição Sousa " + word)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.totalExact").value(true));
    }

    @Test
    void contactsAreFoundByEmailAndByPhoneDigits() throws Exception {
        String address = "ana." + word + "@padaria.example.com";
        String ana = create(rep, "/api/v1/contacts", """
                {"firstName":"Ana","lastName":"Lima","emails":[{"type":"WORK","address":"%s"}],
                 "phones":[{"type":"MOBILE","number":"(21) 97%s"}]}""".formatted(address, digits(7)));
        String phone = JsonPath.read(list(rep, "/api/v1/contacts/" + ana).andReturn().getResponse()
                .getContentAsString(), "$.phones[0].number");

        assertThat(ids(rep, "/api/v1/contacts", (address))).containsExactly(ana);
        assertThat(ids(rep, "/api/v1/contacts", (address.toUpperCase(Locale.ROOT)))).containsExactly(ana);
        assertThat(ids(rep, "/api/v1/contacts", ("ana." + word + "@"))).containsExactly(ana);
        // the national number as typed, its last digits, and the international form
        String national = phone.substring(3);
        assertThat(ids(rep, "/api/v1/contacts", ("(21) " + national.substring(2, 7) + "-"
                + national.substring(7)))).containsExactly(ana);
        assertThat(ids(rep, "/api/v1/contacts", (national.substring(4)))).containsExactly(ana);
        assertThat(ids(rep, "/api/v1/contacts", (phone))).containsExactly(ana);
        assertThat(ids(rep, "/api/v1/contacts", ("9" + national.substring(4, 9)))).isEmpty();
    }

    @Test
    void theFilterOnlyFindsWhatTheCallerMaySee() throws Exception {
        String ours = create(rep, "/api/v1/contacts", """
                {"firstName":"Carla","lastName":"%s","emails":[{"type":"WORK","address":"carla.%s@example.com"}]}"""
                .formatted(word, word));
        String theirs = create(stranger, "/api/v1/contacts", """
                {"firstName":"Carla","lastName":"%s","emails":[{"type":"WORK","address":"carla.%s@example.org"}]}"""
                .formatted(word, word));

        assertThat(ids(rep, "/api/v1/contacts", ("carla " + word))).containsExactly(ours);
        assertThat(ids(stranger, "/api/v1/contacts", ("carla " + word))).containsExactly(theirs);
        assertThat(ids(rep, "/api/v1/contacts", ("carla." + word + "@example.org"))).isEmpty();
        list(rep, "/api/v1/contacts", word).andExpect(jsonPath("$.total").value(1));
        assertThat(ids(fixtures.user("ADMIN", null), "/api/v1/contacts", (word)))
                .containsExactlyInAnyOrder(ours, theirs);
    }

    @Test
    void filteredListsPageByKeysetWithTheirTotal() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(create(i % 2 == 0 ? rep : teammate, "/api/v1/contacts", """
                    {"firstName":"Pessoa %02d","lastName":"%s","lifecycleStage":"%s"}"""
                    .formatted(i, word, i < 5 ? "CUSTOMER" : "LEAD")));
        }
        create(rep, "/api/v1/contacts", "{\"firstName\":\"Outra\",\"lastName\":\"Pessoa\"}");

        List<String> seen = new ArrayList<>();
        String path = "/api/v1/contacts?size=10&sort=name,asc";
        String filter = "pessoa " + word;
        String body = list(rep, path, filter).andExpect(jsonPath("$.total").value(25))
                .andExpect(jsonPath("$.items.length()").value(10)).andReturn().getResponse().getContentAsString();
        seen.addAll(JsonPath.read(body, "$.items[*].id"));
        for (int page = 1; page < 3; page++) {
            String next = JsonPath.read(body, "$.next");
            body = list(rep, path + "&after=" + next, filter).andExpect(jsonPath("$.total").value(25))
                    .andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(body, "$.items[*].id"));
        }
        assertThat(body).as("the last page has no next").doesNotContain("\"next\"");
        assertThat(seen).containsExactlyElementsOf(created);

        // combined with the other filters
        list(rep, "/api/v1/contacts?lifecycleStage=CUSTOMER", word)
                .andExpect(jsonPath("$.total").value(5));
        list(rep, "/api/v1/contacts?ownerId=" + teammate.id(), word)
                .andExpect(jsonPath("$.total").value(12));
    }

    @Test
    void aRenamedContactIsFoundByItsNewNameOnly() throws Exception {
        String id = create(rep, "/api/v1/contacts", "{\"firstName\":\"Bruno\",\"lastName\":\"%s\"}".formatted(word));
        String renamed = "r" + word;
        mvc.perform(patch("/api/v1/contacts/" + id).with(httpBasic(rep.username(), Fixtures.PASSWORD))
                .contentType("application/merge-patch+json").content("{\"lastName\":\"" + renamed + "\"}"))
                .andExpect(status().isOk());

        assertThat(ids(rep, "/api/v1/contacts", (renamed))).containsExactly(id);
        list(rep, "/api/v1/contacts", "bruno " + word).andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void accountsAreFoundByNameEmailAndPhoneAmongThoseTheCallerMaySee() throws Exception {
        String padaria = create(rep, "/api/v1/accounts", """
                {"name":"Padaria Pão Quente %s","emails":[{"type":"WORK","address":"contato@%s.example.com"}],
                 "phones":[{"type":"WORK","number":"(11) 3%s"}]}""".formatted(word, word, digits(7)));
        String mercado = create(teammate, "/api/v1/accounts", """
                {"name":"Mercado %s","legalName":"Mercado Bom Preço Ltda"}""".formatted(word));
        String hidden = create(stranger, "/api/v1/accounts", "{\"name\":\"Padaria %s\"}".formatted(word));
        String phone = JsonPath.read(list(rep, "/api/v1/accounts/" + padaria).andReturn().getResponse()
                .getContentAsString(), "$.phones[0].number");

        assertThat(ids(rep, "/api/v1/accounts", (word))).containsExactlyInAnyOrder(padaria, mercado);
        assertThat(ids(rep, "/api/v1/accounts", ("pao " + word))).containsExactly(padaria);
        assertThat(ids(rep, "/api/v1/accounts", ("bom preco " + word.substring(0, 5))))
                .containsExactly(mercado);
        assertThat(ids(rep, "/api/v1/accounts", ("contato@" + word))).containsExactly(padaria);
        assertThat(ids(rep, "/api/v1/accounts", (phone.substring(5)))).contains(padaria);
        assertThat(ids(stranger, "/api/v1/accounts", (word))).containsExactly(hidden);
        list(rep, "/api/v1/accounts", "padaria " + word).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(padaria)));
    }

    @Test
    void aFilterWithoutLettersOrDigitsMatchesNothingAndAnOverlongOneIsALocalizedBadRequest() throws Exception {
        create(rep, "/api/v1/contacts", "{\"firstName\":\"Percent\",\"lastName\":\"100%% %s\"}".formatted(word));

        list(rep, "/api/v1/contacts", "%% -").andExpect(jsonPath("$.items", empty()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/contacts").param("q", "a".repeat(201))
                .with(httpBasic(rep.username(), Fixtures.PASSWORD)).header("Accept-Language", "pt-BR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }
}
