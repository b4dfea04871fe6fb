package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The duplicate warning on save, over the REST API and the web forms, for every combination of
 * shared e-mail, phone and tax id (and none): the save always succeeds, the warning names the
 * other record and what it shares, and never a record the user may not see.
 */
@IntegrationTest
class DuplicateCheckTests {

    private static final String NOTICE = "Possible duplicates";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    UserResponse rep;
    UserResponse teammate;
    UserResponse otherTeamRep;

    /** Which of the existing record's identifying values the new record repeats. */
    enum Shared {
        TAX_ID(false, false, true), PHONE(false, true, false), EMAIL(true, false, false),
        PHONE_AND_TAX_ID(false, true, true), EMAIL_AND_PHONE(true, true, false), ALL(true, true, true),
        NONE(false, false, false);

        final boolean email;
        final boolean phone;
        final boolean taxId;

        Shared(boolean email, boolean phone, boolean taxId) {
            this.email = email;
            this.phone = phone;
            this.taxId = taxId;
        }
    }

    /**
     * The e-mail, phone and tax id of one record, each typed in two ways, and how they are stored.
     * @param phone the last eight digits of a São Paulo mobile number
     * @param taxId the digits of a CNPJ (companies) or a CPF (people)
     */
    record Keys(String email, String phone, String taxId) {

        static Keys company() {
            return new Keys(uniqueEmail(), eightDigits(), cnpj());
        }

        static Keys person() {
            return new Keys(uniqueEmail(), eightDigits(), cpf());
        }

        String phoneTyped() {
            return "(11) 9" + phone.substring(0, 4) + "-" + phone.substring(4);
        }

        /** The same number as an international caller would type it. */
        String phoneTypedOtherwise() {
            return "+55 11 9" + phone.substring(0, 4) + " " + phone.substring(4);
        }

        String phoneStored() {
            return "+55119" + phone;
        }

        String taxIdTyped() {
            return taxId.length() == 14
                    ? taxId.substring(0, 2) + "." + taxId.substring(2, 5) + "." + taxId.substring(5, 8) + "/"
                            + taxId.substring(8, 12) + "-" + taxId.substring(12)
                    : taxId.substring(0, 3) + "." + taxId.substring(3, 6) + "." + taxId.substring(6, 9) + "-"
                            + taxId.substring(9);
        }

        /** The values of these keys that the new record repeats, as the warning lists them. */
        String matchedOn(Shared shared) {
            List<String> values = new ArrayList<>();
            if (shared.email) {
                values.add(email);
            }
            if (shared.phone) {
                values.add(phoneStored());
            }
            if (shared.taxId) {
                values.add(taxId);
            }
            return String.join(", ", values);
        }
    }

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", fixtures.team().id());
    }

    // ------------------------------------------------------------------ REST API

    @ParameterizedTest
    @EnumSource(Shared.class)
    void anAccountSavedOverTheApiIsWarnedOfTheAccountItRepeats(Shared shared) throws Exception {
        Keys keys = Keys.company();
        String existingName = Fixtures.unique("Existente Ltda");
        String existing = createAccount(rep, existingName, keys.email(), keys.phoneTyped(), keys.taxIdTyped());

        Keys typed = shared == Shared.NONE ? Keys.company() : keys;
        var response = mvc.perform(api(rep, post("/api/v1/accounts")).content(accountJson(Fixtures.unique("Nova"),
                        shared.email || shared == Shared.NONE ? typed.email() : null,
                        shared.phone || shared == Shared.NONE ? typed.phoneTypedOtherwise() : null,
                        shared.taxId || shared == Shared.NONE ? typed.taxId() : null)))
                .andExpect(status().isCreated());
        if (shared == Shared.NONE) {
            response.andExpect(jsonPath("$.duplicates").doesNotExist());
        } else {
            response.andExpect(jsonPath("$.duplicates.length()").value(1))
                    .andExpect(jsonPath("$.duplicates[0].id").value(existing))
                    .andExpect(jsonPath("$.duplicates[0].type").value("ACCOUNT"))
                    .andExpect(jsonPath("$.duplicates[0].name").value(existingName))
                    .andExpect(jsonPath("$.duplicates[0].matchedOn").value(keys.matchedOn(shared)));
        }
    }

    @ParameterizedTest
    @EnumSource(Shared.class)
    void aContactSavedOverTheApiIsWarnedOfTheContactItRepeats(Shared shared) throws Exception {
        Keys keys = Keys.person();
        String existingLast = Fixtures.unique("Existente");
        String existing = createContact(rep, existingLast, keys.email(), keys.phoneTyped(), keys.taxIdTyped());

        Keys typed = shared == Shared.NONE ? Keys.person() : keys;
        var response = mvc.perform(api(rep, post("/api/v1/contacts")).content(contactJson(Fixtures.unique("Nova"),
                        shared.email || shared == Shared.NONE ? typed.email() : null,
                        shared.phone || shared == Shared.NONE ? typed.phoneTypedOtherwise() : null,
                        shared.taxId || shared == Shared.NONE ? typed.taxId() : null)))
                .andExpect(status().isCreated());
        if (shared == Shared.NONE) {
            response.andExpect(jsonPath("$.duplicates").doesNotExist());
        } else {
            response.andExpect(jsonPath("$.duplicates.length()").value(1))
                    .andExpect(jsonPath("$.duplicates[0].id").value(existing))
                    .andExpect(jsonPath("$.duplicates[0].type").value("CONTACT"))
                    .andExpect(jsonPath("$.duplicates[0].name").value("Maria " + existingLast))
                    .andExpect(jsonPath("$.duplicates[0].matchedOn").value(keys.matchedOn(shared)));
        }
    }

    @Test
    void anUpdateOverTheApiIsWarnedOfOthersButNeverOfTheRecordItself() throws Exception {
        Keys keys = Keys.company();
        String existing = createAccount(rep, Fixtures.unique("Primeira"), null, keys.phoneTyped(), null);
        String updated = createAccount(rep, Fixtures.unique("Segunda"), null, null, keys.taxIdTyped());

        mvc.perform(api(rep, put("/api/v1/accounts/" + updated)).content(accountJson(Fixtures.unique("Segunda"),
                        null, keys.phoneTypedOtherwise(), keys.taxIdTyped())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicates.length()").value(1))
                .andExpect(jsonPath("$.duplicates[0].id").value(existing))
                .andExpect(jsonPath("$.duplicates[0].matchedOn").value(keys.phoneStored()));
    }

    @Test
    void aContactRepeatingAnAccountsPhoneAndEmailIsWarnedOfTheAccount() throws Exception {
        Keys keys = Keys.company();
        String accountName = Fixtures.unique("Empresa");
        String account = createAccount(rep, accountName, keys.email(), keys.phoneTyped(), keys.taxIdTyped());

        mvc.perform(api(rep, post("/api/v1/contacts")).content(contactJson(Fixtures.unique("Silva"), keys.email(),
                        keys.phoneTypedOtherwise(), null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates.length()").value(1))
                .andExpect(jsonPath("$.duplicates[0].id").value(account))
                .andExpect(jsonPath("$.duplicates[0].type").value("ACCOUNT"))
                .andExpect(jsonPath("$.duplicates[0].name").value(accountName))
                .andExpect(jsonPath("$.duplicates[0].matchedOn").value(keys.email() + ", " + keys.phoneStored()));
    }

    @Test
    void anAccountOfAnotherTeamIsNeverReportedOverTheApi() throws Exception {
        Keys keys = Keys.company();
        String hidden = createAccount(otherTeamRep, Fixtures.unique("Oculta"), keys.email(), keys.phoneTyped(),
                keys.taxIdTyped());

        // sharing only what the hidden account has: no warning at all
        mvc.perform(api(rep, post("/api/v1/accounts")).content(accountJson(Fixtures.unique("Nova"), keys.email(),
                        keys.phoneTypedOtherwise(), keys.taxId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates").doesNotExist());

        // a teammate's account sharing the same values is reported, the hidden one still not
        Keys more = Keys.company();
        String hiddenToo = createAccount(otherTeamRep, Fixtures.unique("Oculta"), more.email(), more.phoneTyped(),
                null);
        String visible = createAccount(teammate, Fixtures.unique("Visível"), more.email(), null, null);
        String body = mvc.perform(api(rep, post("/api/v1/accounts")).content(accountJson(Fixtures.unique("Nova"),
                        more.email(), more.phoneTypedOtherwise(), null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates.length()").value(1))
                .andExpect(jsonPath("$.duplicates[0].id").value(visible))
                .andExpect(jsonPath("$.duplicates[0].matchedOn").value(more.email()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(hidden).doesNotContain(hiddenToo);
    }

    @Test
    void aContactOfAnotherTeamIsNeverReportedOverTheApi() throws Exception {
        Keys keys = Keys.person();
        String hidden = createContact(otherTeamRep, Fixtures.unique("Oculta"), keys.email(), keys.phoneTyped(),
                keys.taxIdTyped());

        mvc.perform(api(rep, post("/api/v1/contacts")).content(contactJson(Fixtures.unique("Nova"), keys.email(),
                        keys.phoneTypedOtherwise(), keys.taxId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates").doesNotExist());

        Keys more = Keys.person();
        String hiddenToo = createContact(otherTeamRep, Fixtures.unique("Oculta"), more.email(), more.phoneTyped(),
                more.taxIdTyped());
        String visible = createContact(teammate, Fixtures.unique("Visível"), null, more.phoneTyped(), null);
        String body = mvc.perform(api(rep, post("/api/v1/contacts")).content(contactJson(Fixtures.unique("Nova"),
                        more.email(), more.phoneTypedOtherwise(), more.taxId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates.length()").value(1))
                .andExpect(jsonPath("$.duplicates[0].id").value(visible))
                .andExpect(jsonPath("$.duplicates[0].matchedOn").value(more.phoneStored()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(hidden).doesNotContain(hiddenToo);
    }

    // ------------------------------------------------------------------ web forms

    @ParameterizedTest
    @EnumSource(Shared.class)
    void anAccountSavedOnTheFormShowsTheAccountItRepeats(Shared shared) throws Exception {
        Keys keys = Keys.company();
        String existingName = Fixtures.unique("Existente Ltda");
        String existing = createAccount(rep, existingName, keys.email(), keys.phoneTyped(), keys.taxIdTyped());

        Keys typed = shared == Shared.NONE ? Keys.company() : keys;
        MockHttpServletRequestBuilder form = post("/accounts").param("name", Fixtures.unique("Nova"))
                .param("kind", "COMPANY");
        fill(form, shared, typed);
        String page = savedPage(rep, form);
        if (shared == Shared.NONE) {
            assertThat(page).doesNotContain(NOTICE).doesNotContain(existingName);
        } else {
            assertThat(page).contains(NOTICE, existingName, "href=\"/accounts/" + existing + "\"",
                    keys.matchedOn(shared));
        }
    }

    @ParameterizedTest
    @EnumSource(Shared.class)
    void aContactSavedOnTheFormShowsTheContactItRepeats(Shared shared) throws Exception {
        Keys keys = Keys.person();
        String existingLast = Fixtures.unique("Existente");
        String existing = createContact(rep, existingLast, keys.email(), keys.phoneTyped(), keys.taxIdTyped());

        Keys typed = shared == Shared.NONE ? Keys.person() : keys;
        MockHttpServletRequestBuilder form = post("/contacts").param("firstName", "Ana")
                .param("lastName", Fixtures.unique("Nova"));
        fill(form, shared, typed);
        String page = savedPage(rep, form);
        if (shared == Shared.NONE) {
            assertThat(page).doesNotContain(NOTICE).doesNotContain(existingLast);
        } else {
            assertThat(page).contains(NOTICE, "Maria " + existingLast, "href=\"/contacts/" + existing + "\"",
                    keys.matchedOn(shared));
        }
    }

    @Test
    void anUpdateOnTheFormShowsTheRecordItRepeats() throws Exception {
        Keys keys = Keys.person();
        String existingLast = Fixtures.unique("Primeira");
        createContact(rep, existingLast, null, null, keys.taxIdTyped());
        String updated = createContact(rep, Fixtures.unique("Segunda"), null, null, null);

        String page = savedPage(rep, post("/contacts/" + updated).param("firstName", "Maria")
                .param("lastName", Fixtures.unique("Segunda")).param("taxId", keys.taxId()).param("version", "0"));
        assertThat(page).contains(NOTICE, "Maria " + existingLast, keys.taxId());
    }

    @Test
    void recordsOfAnotherTeamAreNeverShownOnTheForm() throws Exception {
        Keys company = Keys.company();
        String hiddenAccount = Fixtures.unique("Oculta");
        createAccount(otherTeamRep, hiddenAccount, company.email(), company.phoneTyped(), company.taxIdTyped());
        String accountPage = savedPage(rep, fill(post("/accounts").param("name", Fixtures.unique("Nova"))
                .param("kind", "COMPANY"), Shared.ALL, company));
        assertThat(accountPage).doesNotContain(NOTICE).doesNotContain(hiddenAccount);

        Keys person = Keys.person();
        String hiddenContact = Fixtures.unique("Oculta");
        createContact(otherTeamRep, hiddenContact, person.email(), person.phoneTyped(), person.taxIdTyped());
        String visibleContact = Fixtures.unique("Visível");
        createContact(teammate, visibleContact, null, null, person.taxIdTyped());
        String contactPage = savedPage(rep, fill(post("/contacts").param("lastName", Fixtures.unique("Nova")),
                Shared.ALL, person));
        assertThat(contactPage).contains(NOTICE, visibleContact).doesNotContain(hiddenContact);
    }

    // ------------------------------------------------------------------ helpers

    private MockHttpServletRequestBuilder api(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private String createAccount(UserResponse owner, String name, String email, String phone, String taxId)
            throws Exception {
        String body = mvc.perform(api(owner, post("/api/v1/accounts")).content(accountJson(name, email, phone, taxId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String createContact(UserResponse owner, String lastName, String email, String phone, String taxId)
            throws Exception {
        String body = mvc.perform(api(owner, post("/api/v1/contacts")).content(contactJson(lastName, email, phone,
                        taxId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String accountJson(String name, String email, String phone, String taxId) {
        return "{\"name\":\"" + name + "\"" + keysJson(email, phone, taxId) + "}";
    }

    private static String contactJson(String lastName, String email, String phone, String taxId) {
        return "{\"firstName\":\"Maria\",\"lastName\":\"" + lastName + "\"" + keysJson(email, phone, taxId) + "}";
    }

    private static String keysJson(String email, String phone, String taxId) {
        StringBuilder json = new StringBuilder();
        if (email != null) {
            json.append(",\"emails\":[{\"type\":\"WORK\",\"address\":\"").append(email).append("\"}]");
        }
        if (phone != null) {
            json.append(",\"phones\":[{\"type\":\"MOBILE\",\"number\":\"").append(phone).append("\"}]");
        }
        if (taxId != null) {
            json.append(",\"taxId\":\"").append(taxId).append("\"");
        }
        return json.toString();
    }

    /** The form fields the new record fills: the shared values, or all three fresh ones for {@code NONE}. */
    private static MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder form, Shared shared, Keys keys) {
        boolean none = shared == Shared.NONE;
        if (shared.email || none) {
            form.param("emails[0].type", "WORK").param("emails[0].address", keys.email());
        }
        if (shared.phone || none) {
            form.param("phones[0].type", "MOBILE").param("phones[0].number", keys.phoneTypedOtherwise());
        }
        if (shared.taxId || none) {
            form.param("taxId", keys.taxId());
        }
        return form;
    }

    /** Posts a form as the user and reads the page it redirects to in the same session, as a browser would. */
    private String savedPage(UserResponse as, MockHttpServletRequestBuilder form) throws Exception {
        var principal = userDetails.loadUserByUsername(as.username());
        MvcResult saved = mvc.perform(form.with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(user(principal))
                        .cookie(saved.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andReturn().getResponse().getContentAsString();
    }

    // ------------------------------------------------------------------ unique, valid values

    private static String uniqueEmail() {
        return Fixtures.unique("dup").toLowerCase() + "@example.com";
    }

    private static String eightDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(60_000_000, 100_000_000));
    }

    private static String cpf() {
        String base = digits(9);
        String withFirst = base + checkDigit(base, 10);
        return withFirst + checkDigit(withFirst, 11);
    }

    private static String cnpj() {
        String base = digits(8) + "0001";
        String withFirst = base + cnpjCheckDigit(base);
        return withFirst + cnpjCheckDigit(withFirst);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        digits.append(1 + random.nextInt(9));
        while (digits.length() < count) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static int checkDigit(String digits, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (firstWeight - i);
        }
        int rest = sum * 10 % 11;
        return rest == 10 ? 0 : rest;
    }

    private static int cnpjCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int weight = (digits.length() - 1 - i) % 8 + 2;
            sum += (digits.charAt(i) - '0') * weight;
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
