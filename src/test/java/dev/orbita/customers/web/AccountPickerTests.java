package dev.orbita.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record picker with accounts: what a user may pick is what they may see, found by what they type
 * (name, tax id), and the forms show the picked account's name instead of a list of the first 200.
 */
@IntegrationTest
class AccountPickerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    UserResponse rep;
    UserResponse otherRep;
    String word;
    UUID mine;
    UUID theirs;

    @BeforeEach
    void accounts() throws Exception {
        rep = fixtures.user("SALES_REP", fixtures.team().id());
        otherRep = fixtures.user("SALES_REP", fixtures.team().id());
        word = "Picker" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        mine = create(rep, "{\"name\":\"" + word + " Padaria\",\"taxId\":\"11.222.333/0001-81\"}");
        theirs = create(otherRep, "{\"name\":\"" + word + " Oficina\"}");
    }

    private UUID create(UserResponse owner, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/accounts").with(httpBasic(owner.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private String page(UserResponse as, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(userDetails.loadUserByUsername(as.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRepPicksAmongTheAccountsTheyMaySeeAndNeverSeesAColleaguesOne() throws Exception {
        String options = page(rep, get("/picker/ACCOUNT").param("q", word));

        assertThat(options).contains("data-value=\"" + mine + "\"").contains(word + " Padaria")
                .doesNotContain(theirs.toString()).doesNotContain("Oficina");
        assertThat(page(otherRep, get("/picker/account").param("q", word)))
                .contains("data-value=\"" + theirs + "\"").doesNotContain(mine.toString());
    }

    @Test
    void typedTaxIdDigitsFindTheAccountAndItsSecondLineIsShown() throws Exception {
        String options = page(rep, get("/picker/ACCOUNT").param("q", "11222333000181"));

        assertThat(options).contains("data-value=\"" + mine + "\"").contains("orbita-picker-subtitle");
    }

    @Test
    void theAccountItselfIsNotOfferedAsItsOwnParentAndEmptyOrOddInputIsAnswered() throws Exception {
        assertThat(page(rep, get("/picker/ACCOUNT").param("q", word).param("exclude", mine.toString())))
                .doesNotContain("data-value=\"" + mine + "\"");
        assertThat(page(rep, get("/picker/ACCOUNT").param("q", "  "))).contains("orbita-picker-note")
                .doesNotContain("data-value=");
        assertThat(page(rep, get("/picker/ACCOUNT").param("q", "x".repeat(300)).param("exclude", "not-a-uuid")))
                .contains("orbita-picker-note");
        assertThat(page(rep, get("/picker/ACCOUNT").param("q", "zzqqzz" + word)))
                .contains("zzqqzz" + word).doesNotContain("data-value=");
        mvc.perform(get("/picker/NO_SUCH_TYPE").param("q", "a").with(user(userDetails.loadUserByUsername(rep.username()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/picker/ACCOUNT").param("q", word)).andExpect(status().isFound());
    }

    @Test
    void theChoicesEndWithCreatingANewAccount() throws Exception {
        assertThat(page(rep, get("/picker/ACCOUNT").param("q", word)))
                .contains("orbita-picker-create").contains("data-href=\"/accounts/new\"");
    }

    @Test
    void theContactFormShowsItsAccountByNameInAComboboxAndNoListOfAccounts() throws Exception {
        String form = page(rep, get("/contacts/new").param("accountId", mine.toString()));

        assertThat(form).containsPattern("<input type=\"hidden\" name=\"accountId\" value=\"" + mine + "\"")
                .containsPattern("role=\"combobox\"[^>]*aria-controls=\"accountId-options\"")
                .containsPattern("id=\"accountId\"[^>]*value=\"" + word + " Padaria\"")
                .doesNotContain("<select class=\"form-select\" id=\"accountId\"")
                .doesNotContain(word + " Oficina");
    }

    @Test
    void aValueTheUserMayNotSeeKeepsItsIdButNotItsName() throws Exception {
        String form = page(rep, get("/contacts/new").param("accountId", theirs.toString()));

        assertThat(form).contains("value=\"" + theirs + "\"").doesNotContain(word + " Oficina");
    }
}
