package dev.orbita.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The shared form machinery through the account and contact forms (issue 7 §7): rows beyond the old three
 * slots, a removed middle row, the row cap, the phone's type from its number, the address's country, region
 * and postal code, and the error summary of a rejected form.
 */
@IntegrationTest
class FormRowsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetailsService;

    UserDetails rep;

    @BeforeEach
    void signIn() {
        rep = userDetailsService.loadUserByUsername(fixtures.user("SALES_REP", null).username());
    }

    private MockHttpServletRequestBuilder newAccount(String name) {
        return post("/accounts").with(user(rep)).with(csrf()).param("name", name).param("kind", "COMPANY");
    }

    private String created(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect to the new record").matches("/(accounts|contacts)/[0-9a-f-]{36}");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String apiJson(String path) throws Exception {
        return mvc.perform(get("/api/v1/" + path).with(user(rep))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void moreRowsThanTheOldThreeSlotsAreSaved() throws Exception {
        MockHttpServletRequestBuilder form = newAccount(Fixtures.unique("Muitos Ltda"));
        for (int i = 0; i < 5; i++) {
            form.param("phones[" + i + "].number", "+55 11 9876" + i + "-432" + i);
            form.param("emails[" + i + "].address", "p" + i + "@example.com");
        }
        form.param("addresses[0].city", "São Paulo").param("addresses[0].country", "BR")
                .param("addresses[1].city", "Lisboa").param("addresses[1].country", "PT");
        String id = created(mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn());

        String json = apiJson("accounts/" + id);
        List<String> phones = JsonPath.read(json, "$.phones[*].number");
        List<String> emails = JsonPath.read(json, "$.emails[*].address");
        List<String> cities = JsonPath.read(json, "$.addresses[*].city");
        assertThat(phones).containsExactly("+5511987604320", "+5511987614321", "+5511987624322", "+5511987634323",
                "+5511987644324");
        assertThat(emails).hasSize(5).contains("p4@example.com");
        assertThat(cities).containsExactly("São Paulo", "Lisboa");

        // the edit form shows every row and one blank row to fill in, each with its Remove button
        String edit = body(mvc.perform(get("/accounts/" + id + "/edit").with(user(rep))).andExpect(status().isOk())
                .andReturn());
        assertThat(edit).contains("name=\"phones[4].number\"", "name=\"phones[5].number\"")
                .doesNotContain("name=\"phones[6].number\"")
                .contains("aria-label=\"Remove phone 5\"", "data-row-add=\"phones\"", "data-row-template=\"phones\"")
                .contains("name=\"addresses[1].city\"", "name=\"addresses[2].city\"");
    }

    @Test
    void aRemovedMiddleRowLeavesAGapThatIsClosed() throws Exception {
        // phones[1] was removed in the browser: indexes 0 and 2 arrive, and the row with the error is form row 1
        MvcResult rejected = mvc.perform(newAccount(Fixtures.unique("Lacuna Ltda"))
                        .param("phones[0].number", "+55 11 98765-4321")
                        .param("phones[2].number", "not a phone")
                        .param("emails[3].address", "gap@example.com"))
                .andExpect(status().isUnprocessableContent()).andReturn();
        String page = body(rejected);
        assertThat(page).contains("href=\"#phones1.number\"", "Phone 2")
                .contains("name=\"phones[1].number\" value=\"not a phone\"")
                .contains("name=\"phones[0].number\" value=\"+55 11 98765-4321\"")
                .doesNotContain("name=\"phones[3].number\"")
                .contains("name=\"emails[0].address\" value=\"gap@example.com\"");
        assertThat(Pattern.compile("<input[^>]*id=\"phones1.number\"[^>]*aria-invalid=\"true\"").matcher(page).find()
                || Pattern.compile("<input[^>]*aria-invalid=\"true\"[^>]*id=\"phones1.number\"").matcher(page).find())
                .as("the invalid phone is marked on the row it is shown on").isTrue();

        String id = created(mvc.perform(newAccount(Fixtures.unique("Lacuna Ltda"))
                        .param("phones[0].number", "+55 11 98765-4321")
                        .param("phones[2].number", "+55 21 98765-4321"))
                .andExpect(status().is3xxRedirection()).andReturn());
        List<String> phones = JsonPath.read(apiJson("accounts/" + id), "$.phones[*].number");
        assertThat(phones).containsExactly("+5511987654321", "+5521987654321");
    }

    @Test
    void moreRowsThanTheCapIsAFieldErrorAndAWildIndexIsABadRequest() throws Exception {
        MockHttpServletRequestBuilder form = newAccount(Fixtures.unique("Excesso Ltda"));
        for (int i = 0; i < 21; i++) {
            form.param("emails[" + i + "].address", "e" + i + "@example.com");
        }
        String page = body(mvc.perform(form).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(page).contains("must have at most 20 items", "href=\"#emails\"", "id=\"emails\"");

        // an index far beyond any list the page makes is refused before binding grows a list to it
        mvc.perform(newAccount(Fixtures.unique("Excesso Ltda")).param("phones[100000].number", "+55 11 98765-4321"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPhoneLeftOnAutomaticIsALandlineOrAMobileAsItsNumberSays() throws Exception {
        String id = created(mvc.perform(newAccount(Fixtures.unique("Fixo Ltda"))
                        .param("phones[0].type", "").param("phones[0].number", "+55 11 3333-4444")
                        .param("phones[1].type", "").param("phones[1].number", "(11) 98765-4321")
                        .param("phones[2].type", "WORK").param("phones[2].number", "+351 21 000 0000"))
                .andExpect(status().is3xxRedirection()).andReturn());
        String json = apiJson("accounts/" + id);
        List<String> types = JsonPath.read(json, "$.phones[*].type");
        assertThat(types).containsExactly("LANDLINE", "MOBILE", "WORK");

        mvc.perform(get("/accounts/" + id).with(user(rep))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Landline"), containsString("Mobile"))));

        // the API too: a phone sent without a type gets it from the number; one with a type keeps it
        String answer = mvc.perform(post("/api/v1/contacts").with(user(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName":"Rita","lastName":"%s","phones":[{"number":"+55 11 3333-4445"},
                                 {"type":"HOME","number":"+55 11 3333-4446"},{"number":"+55 11 98888-7777"}]}"""
                                .formatted(Fixtures.unique("Fixo"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> apiTypes = JsonPath.read(answer, "$.phones[*].type");
        assertThat(apiTypes).containsExactly("LANDLINE", "HOME", "MOBILE");
    }

    @Test
    void theAddressHasACountrySelectAndTheRegionListOfBrazilOrPortugal() throws Exception {
        String blank = body(mvc.perform(get("/accounts/new").param("lang", "en").with(user(rep)))
                .andExpect(status().isOk()).andReturn());
        // Brazil first, then Portugal, then the others by name; the region of a Brazilian address is a UF
        Matcher country = Pattern.compile("<select[^>]*name=\"addresses\\[0\\]\\.country\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(blank);
        assertThat(country.find()).isTrue();
        assertThat(country.group(1)).containsSubsequence("value=\"BR\" selected=\"selected\">Brazil<",
                "value=\"PT\">Portugal<", "value=\"AF\">Afghanistan<", "value=\"DE\">Germany<");
        assertThat(blank).containsPattern("<select class=\"form-select\" name=\"addresses\\[0\\]\\.region\" "
                + "id=\"addresses0.region\" data-region-for=\"BR\"")
                .contains("<option value=\"SP\">São Paulo (SP)</option>")
                .containsPattern("name=\"addresses\\[0\\]\\.region\" data-region-for=\"PT\"[^>]*disabled")
                .containsPattern("data-region-for=\"\\*\"[^>]*disabled")
                .containsPattern("placeholder=\"00000-000\"\\s+pattern=\"[^\"]+\"\\s+inputmode=\"numeric\"");

        String id = created(mvc.perform(newAccount(Fixtures.unique("Morada Lda"))
                        .param("addresses[0].country", "PT").param("addresses[0].city", "Lisboa")
                        .param("addresses[0].region", "Lisboa").param("addresses[0].postalCode", "1000001")
                        .param("addresses[1].country", "BR").param("addresses[1].city", "Campinas")
                        .param("addresses[1].region", "São Paulo").param("addresses[1].postalCode", "13.083 970")
                        .param("addresses[2].country", "US").param("addresses[2].city", "Austin")
                        .param("addresses[2].region", "Texas").param("addresses[2].postalCode", "78701"))
                .andExpect(status().is3xxRedirection()).andReturn());
        String json = apiJson("accounts/" + id);
        List<String> postal = JsonPath.read(json, "$.addresses[*].postalCode");
        assertThat(postal).containsExactly("1000-001", "13083-970", "78701");

        String edit = body(mvc.perform(get("/accounts/" + id + "/edit").param("lang", "en").with(user(rep)))
                .andExpect(status().isOk()).andReturn());
        assertThat(edit).contains("<option value=\"Lisboa\" selected=\"selected\">Lisboa</option>")
                // a state typed by its name is stored as its UF
                .contains("<option value=\"SP\" selected=\"selected\">São Paulo (SP)</option>")
                .containsPattern("name=\"addresses\\[2\\]\\.region\" data-region-for=\"\\*\"\\s+"
                        + "id=\"addresses2.region\" value=\"Texas\">")
                .containsPattern("placeholder=\"0000-000\"[^>]*name=\"addresses\\[0\\]\\.postalCode\"");
    }

    @Test
    void aRegionThatIsNoStateOfBrazilOrDistrictOfPortugalIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String name = Fixtures.unique("Regiao");
        String page = body(mvc.perform(newAccount(name)
                        .param("addresses[0].country", "BR").param("addresses[0].city", "Recife")
                        .param("addresses[0].region", "Texas")
                        .param("addresses[1].country", "PT").param("addresses[1].city", "Porto")
                        .param("addresses[1].region", "sao paulo"))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(page).contains("must be a Brazilian state (UF) such as SP")
                .contains("must be a Portuguese district or autonomous region such as Lisboa")
                .contains("href=\"#addresses0.region\"").contains("href=\"#addresses1.region\"");
        assertThat(body(mvc.perform(get("/api/v1/accounts").param("q", name).with(user(rep))).andReturn()))
                .contains("\"items\":[]");

        // lower case, no accents: the state or district it names, in its stored form
        String id = created(mvc.perform(newAccount(name)
                        .param("addresses[0].country", "BR").param("addresses[0].city", "Recife")
                        .param("addresses[0].region", "pe")
                        .param("addresses[1].country", "PT").param("addresses[1].city", "Setúbal")
                        .param("addresses[1].region", "setubal")
                        .param("addresses[2].country", "BR").param("addresses[2].city", "Macapá")
                        .param("addresses[2].region", "amapa"))
                .andExpect(status().is3xxRedirection()).andReturn());
        List<String> regions = JsonPath.read(apiJson("accounts/" + id), "$.addresses[*].region");
        assertThat(regions).containsExactly("PE", "Setúbal", "AP");
    }

    @Test
    void aRejectedFormListsEachInvalidFieldAsALinkInTheSummary() throws Exception {
        String page = body(mvc.perform(newAccount("").param("lang", "en")
                        .param("phones[0].number", "12")
                        .param("addresses[0].country", "BR").param("addresses[0].city", "Recife")
                        .param("addresses[0].postalCode", "5000"))
                .andExpect(status().isUnprocessableContent()).andReturn());
        Matcher summary = Pattern.compile("<div class=\"alert alert-danger orbita-error-summary\" role=\"alert\"\\s+"
                + "tabindex=\"-1\"\\s+id=\"form-error-summary\" data-error-summary[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(page);
        assertThat(summary.find()).as("the summary, focusable and announced").isTrue();
        assertThat(summary.group(1)).contains("3 fields need attention")
                .containsSubsequence("href=\"#name\"", "Name", "is required",
                        "href=\"#phones0.number\"", "Phone 1", "is not a valid phone number",
                        "href=\"#addresses0.postalCode\"", "Postal code (address 1)",
                        "must be a CEP like 01310-100");
        // every link leads to a control of that id
        for (String id : List.of("name", "phones0.number", "addresses0.postalCode")) {
            assertThat(page).contains("id=\"" + id + "\"");
        }

        // the contact form gets the same summary; one field is "1 field"
        String contact = body(mvc.perform(post("/contacts").with(user(rep)).with(csrf())
                        .param("firstName", "Ana").param("socialProfiles[0].url", "nota url"))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(contact).contains("1 field needs attention", "href=\"#socialProfiles0.url\"",
                "Social profile 1");
    }

    @Test
    void aContactTakesMoreSocialProfilesAndTheFormsStillRenderWithoutErrors() throws Exception {
        MockHttpServletRequestBuilder form = post("/contacts").with(user(rep)).with(csrf())
                .param("firstName", "Bia").param("lastName", Fixtures.unique("Souza"));
        String[] networks = {"LINKEDIN", "GITHUB", "INSTAGRAM"};
        for (int i = 0; i < networks.length; i++) {
            form.param("socialProfiles[" + i + "].network", networks[i])
                    .param("socialProfiles[" + i + "].url", "https://example.com/bia" + i);
        }
        String id = created(mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn());
        List<String> saved = JsonPath.read(apiJson("contacts/" + id), "$.socialProfiles[*].network");
        assertThat(saved).containsExactly("LINKEDIN", "GITHUB", "INSTAGRAM");

        mvc.perform(get("/contacts/" + id + "/edit").with(user(rep))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"socialProfiles[3].url\""),
                        not(containsString("data-error-summary")), containsString("orbita-save-bar"))));
    }
}
