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

import dev.orbita.customers.account.AccountFilter;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountQueries;
import dev.orbita.customers.account.AccountRequest;
import dev.orbita.customers.account.AccountResponse;
import dev.orbita.customers.contact.ContactFilter;
import dev.orbita.customers.contact.ContactListItem;
import dev.orbita.customers.contact.ContactQueries;
import dev.orbita.platform.identity.TeamRequest;
import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The account and contact pages through the whole web stack: security, forms, validation, templates. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CustomerPagesTests {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    ContactQueries contactQueries;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserDetails rep(String language, UUID teamId) {
        String username = unique("rep");
        users.create(new UserRequest(username, PASSWORD, "Rep " + username, username + "@example.com", language,
                "America/Sao_Paulo", List.of("SALES_REP"), teamId, true));
        return userDetailsService.loadUserByUsername(username);
    }

    private <T> T as(UserDetails principal, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private AccountResponse account(UserDetails owner, String name) {
        return as(owner, () -> accounts.create(new AccountRequest(name, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void listShowsAccountsEscapedAndAnswersHtmxWithTheRowsOnly() throws Exception {
        UserDetails rep = rep("en", null);
        String name = unique("Listed Ltda");
        account(rep, name);
        account(rep, "<script>alert(1)</script>");

        mvc.perform(get("/accounts").param("size", "200").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("<html"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)</script>")))));

        mvc.perform(get("/accounts").param("q", name).header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), not(containsString("<html")),
                        containsString("table"))));

        mvc.perform(get("/accounts").param("size", "999").param("sort", "bogus").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-warning")));
    }

    @Test
    void formCreatesAnAccountAndRejectsInvalidInputWith422() throws Exception {
        UserDetails rep = rep("en", null);
        String name = unique("Formed SA");

        MvcResult created = mvc.perform(post("/accounts").with(user(rep)).with(csrf())
                        .param("name", name).param("kind", "COMPANY").param("taxId", "11.222.333/0001-81")
                        .param("phones[0].type", "MOBILE").param("phones[0].number", "")
                        .param("emails[1].type", "WORK").param("emails[1].address", "hello@example.com")
                        .param("addresses[0].city", "São Paulo").param("addresses[0].country", "BR")
                        .param("tags", "vip, retail"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/accounts/");
        UUID id = UUID.fromString(location.substring("/accounts/".length()));
        AccountResponse saved = as(rep, () -> accounts.get(id));
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.tags()).containsExactly("retail", "vip");
        assertThat(saved.emails()).extracting(e -> e.address()).containsExactly("hello@example.com");

        mvc.perform(get(location).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("hello@example.com"))));

        long before = as(rep, () -> accountQueries.list(AccountFilter.none(), AccountQueries.page(0, 1, null, null))
                .total());
        mvc.perform(post("/accounts").with(user(rep)).with(csrf())
                        .param("name", "").param("kind", "COMPANY").param("taxId", "11.111.111/1111-11"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("is required"),
                        containsString("is not a valid tax id"), containsString("is-invalid"))));
        long after = as(rep, () -> accountQueries.list(AccountFilter.none(), AccountQueries.page(0, 1, null, null))
                .total());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void savingAnAccountWithAKnownEmailWarnsOfTheDuplicate() throws Exception {
        UserDetails rep = rep("en", null);
        String email = unique("dup").toLowerCase() + "@example.com";
        String first = unique("First Ltda");
        mvc.perform(post("/accounts").with(user(rep)).with(csrf()).param("name", first).param("kind", "COMPANY")
                .param("emails[0].type", "WORK").param("emails[0].address", email))
                .andExpect(status().is3xxRedirection());
        MvcResult second = mvc.perform(post("/accounts").with(user(rep)).with(csrf()).param("name", unique("Second"))
                        .param("kind", "COMPANY").param("emails[0].type", "WORK").param("emails[0].address", email))
                .andExpect(status().is3xxRedirection()).andReturn();
        // the redirect target is read in the same (database-backed) session, as a browser would
        mvc.perform(get(second.getResponse().getRedirectedUrl()).with(user(rep))
                        .cookie(second.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Possible duplicates"), containsString(first),
                        containsString(email))));
    }

    @Test
    void anAccountFormLinksAParentAccountShownOnTheRecordPage() throws Exception {
        UserDetails rep = rep("en", null);
        AccountResponse holding = account(rep, unique("Holding"));
        // the parent is a record picker searching as the user types, not a list of the first accounts
        mvc.perform(get("/accounts/new").with(user(rep))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-picker-url=\"/picker/ACCOUNT\""),
                        containsString("aria-controls=\"parentId-options\""), not(containsString(holding.name())))));
        MvcResult created = mvc.perform(post("/accounts").with(user(rep)).with(csrf()).param("name", unique("Filial"))
                        .param("kind", "COMPANY").param("parentId", holding.id().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(rep))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(holding.name()),
                        containsString("/accounts/" + holding.id()))));
    }

    @Test
    void aRepOfAnotherTeamDoesNotSeeTheAccount() throws Exception {
        UUID teamA = users.createTeam(new TeamRequest(unique("Team A"), null)).id();
        UUID teamB = users.createTeam(new TeamRequest(unique("Team B"), null)).id();
        UserDetails repA = rep("en", teamA);
        UserDetails repB = rep("en", teamB);
        AccountResponse secret = account(repA, unique("Secret"));

        mvc.perform(get("/accounts/" + secret.id()).with(user(repA))).andExpect(status().isOk());
        mvc.perform(get("/accounts/" + secret.id()).with(user(repB))).andExpect(status().isNotFound());
        mvc.perform(get("/accounts/" + secret.id() + "/360").with(user(repB))).andExpect(status().isNotFound());
    }

    @Test
    void historyTabShowsTheChangedField() throws Exception {
        UserDetails rep = rep("en", null);
        String oldName = unique("Old Name");
        String newName = unique("New Name");
        AccountResponse account = account(rep, oldName);

        mvc.perform(post("/accounts/" + account.id()).with(user(rep)).with(csrf())
                        .param("name", newName).param("kind", "COMPANY").param("lifecycleStage", "CUSTOMER")
                        .param("version", String.valueOf(account.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/records/ACCOUNT/" + account.id() + "/history").header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString(oldName),
                        containsString(newName), containsString("Name"), containsString("Stage"))));

        // a stale version is a form-level error, not a silent overwrite
        mvc.perform(post("/accounts/" + account.id()).with(user(rep)).with(csrf())
                        .param("name", "Whatever").param("kind", "COMPANY")
                        .param("version", String.valueOf(account.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this account")));
    }

    @Test
    void contactFormCreatesALinkedContactWithItsConsent() throws Exception {
        UserDetails rep = rep("en", null);
        AccountResponse account = account(rep, unique("Employer"));
        String lastName = unique("Silva");

        mvc.perform(get("/contacts/new").param("accountId", account.id().toString()).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"accountId\" value=\"" + account.id() + "\""),
                        containsString("value=\"" + account.name() + "\""))));

        MvcResult created = mvc.perform(post("/contacts").with(user(rep)).with(csrf())
                        .param("firstName", "Ana").param("lastName", lastName)
                        .param("accountId", account.id().toString()).param("jobTitle", "CFO")
                        .param("emails[0].type", "WORK").param("emails[0].address", "ana@example.com")
                        .param("consents[0].purpose", "MARKETING").param("consents[0].channel", "EMAIL")
                        .param("consents[0].lawfulBasis", "CONSENT").param("consents[0].source", "Signup form")
                        .param("consents[0].granted", "true").param("lifecycleStage", "LEAD"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/contacts/");

        List<ContactListItem> atAccount = as(rep, () -> contactQueries.list(ContactFilter.ofAccount(account.id()),
                ContactQueries.page(0, 20, null, null)).items());
        assertThat(atAccount).extracting(ContactListItem::lastName).containsExactly(lastName);

        mvc.perform(get(location).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(lastName), containsString("Signup form"),
                        containsString("Marketing"), containsString("Granted"), containsString(account.name()))));

        mvc.perform(get("/accounts/" + account.id() + "/tab/contacts").header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lastName)));

        mvc.perform(get(location + "/360").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-panel=\"consents\""),
                        containsString("hx-get=\"" + location + "/panels/consents\""))));
        mvc.perform(get(location + "/panels/consents").header("HX-Request", "true").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Signup form"), containsString("Marketing"),
                        not(containsString("<html")))));
    }

    @Test
    void labelsFollowTheLanguage() throws Exception {
        UserDetails rep = rep("pt-BR", null);

        mvc.perform(get("/accounts").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nova conta")));

        mvc.perform(get("/accounts").param("lang", "en").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New account")));

        mvc.perform(get("/contacts/new").param("lang", "pt-PT").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Telemóvel"), containsString("Guardar"))));
    }
}
