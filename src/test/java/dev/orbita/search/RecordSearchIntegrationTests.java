package dev.orbita.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.customers.account.Account;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordType.Match;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.shared.InvalidValueException;
import dev.orbita.shared.PhoneNumber;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The global search over accounts and contacts, searchable through their record type declarations
 * alone: e-mail addresses and domains, phones in any format, tax ids, folded and misspelt names, and
 * the caller's visibility.
 */
@IntegrationTest
class RecordSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory emf;

    UserResponse rep;
    UserResponse otherTeamRep;
    UserResponse otherTeammate;

    /** A company at a domain of its own, and a contact of it. */
    record Customer(String tag, String domain, String accountId, String accountPhone, String cnpj, String contactId,
            String contactLastName, String contactPhone, String cpf) {
    }

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        UUID otherTeam = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
        otherTeammate = fixtures.user("SALES_REP", otherTeam);
    }

    private ResultActions search(UserResponse user, String q) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", q).with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
    }

    private static String hit(String id) {
        return "$.items[?(@.id == '" + id + "')]";
    }

    private String create(UserResponse user, String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private Customer customer(UserResponse owner) throws Exception {
        String tag = "qx" + letters(6); // no other word of the test data begins like it
        String domain = "estrela" + tag + ".com.br";
        String accountPhone = phone("+55 11 3", 7);
        String cnpj = cnpj();
        String accountId = create(owner, "/api/v1/accounts", """
                {"name":"Padaria Estrela %s","taxId":"%s","phones":[{"type":"WORK","number":"%s"}],
                 "emails":[{"type":"WORK","address":"contato@%s"}]}""".formatted(tag, cnpj, accountPhone, domain));
        String lastName = "Conceição" + tag;
        String contactPhone = phone("+55 21 9", 8);
        String cpf = cpf();
        String contactId = create(owner, "/api/v1/contacts", """
                {"firstName":"João","lastName":"%s","accountId":"%s","taxId":"%s",
                 "phones":[{"type":"MOBILE","number":"%s"}],
                 "emails":[{"type":"WORK","address":"Joao.Silva@%s"}]}""".formatted(lastName, accountId, cpf,
                contactPhone, domain));
        return new Customer(tag, domain, accountId, accountPhone, cnpj, contactId, lastName, contactPhone, cpf);
    }

    @Test
    void aFullEmailAddressFindsTheRecordWithThatAddressOnly() throws Exception {
        Customer c = customer(rep);
        search(rep, "joao.silva@" + c.domain()).andExpect(jsonPath(hit(c.contactId()) + ".type").value(hasItem("CONTACT")))
                .andExpect(jsonPath(hit(c.accountId())).isEmpty());
        search(rep, "Joao.Silva@" + c.domain().toUpperCase()).andExpect(jsonPath(hit(c.contactId())).isNotEmpty());
        search(rep, "<contato@" + c.domain() + ">").andExpect(jsonPath(hit(c.accountId()) + ".type").value(hasItem("ACCOUNT")))
                .andExpect(jsonPath(hit(c.contactId())).isEmpty());
        // typed as far as the domain's first letters, as in the box's suggestions
        search(rep, "joao.silva@estrela" + c.tag().substring(0, 3)).andExpect(jsonPath(hit(c.contactId())).isNotEmpty());
        // another address at the domain is not this contact
        search(rep, "maria@" + c.domain()).andExpect(jsonPath(hit(c.contactId())).isEmpty())
                .andExpect(jsonPath(hit(c.accountId())).isEmpty());
    }

    @Test
    void aBareDomainFindsEveryRecordWithAnAddressThere() throws Exception {
        Customer c = customer(rep);
        for (String q : new String[] { c.domain(), "@" + c.domain(), c.domain().toUpperCase() }) {
            search(rep, q).andExpect(jsonPath(hit(c.accountId()) + ".type").value(hasItem("ACCOUNT")))
                    .andExpect(jsonPath(hit(c.contactId()) + ".type").value(hasItem("CONTACT")))
                    .andExpect(jsonPath(hit(c.accountId()) + ".url").value(hasItem("/accounts/" + c.accountId())))
                    .andExpect(jsonPath(hit(c.contactId()) + ".title").value(hasItem("João " + c.contactLastName())))
                    .andExpect(jsonPath(hit(c.accountId()) + ".subtitle").value(hasItem("contato@" + c.domain())));
        }
        search(rep, "estrela" + c.tag() + ".com.pt").andExpect(jsonPath(hit(c.accountId())).isEmpty());
    }

    @Test
    void phonesAreFoundTypedInAnotherFormat() throws Exception {
        Customer c = customer(rep);
        String account = PhoneNumber.parse(c.accountPhone(), "BR").e164();
        String national = PhoneNumber.parse(c.accountPhone(), "BR").formattedFor("BR");
        for (String q : new String[] { national, national.replaceAll("[^0-9]", ""), account, account.substring(5),
                "0" + national.replaceAll("[^0-9]", "") }) {
            search(rep, q).andExpect(jsonPath(hit(c.accountId()) + ".type").value(hasItem("ACCOUNT")));
        }
        String mobile = PhoneNumber.parse(c.contactPhone(), "BR").formattedFor("BR");
        search(rep, mobile).andExpect(jsonPath(hit(c.contactId()) + ".type").value(hasItem("CONTACT")));
        search(rep, "joao " + mobile.substring(mobile.indexOf(' ') + 1))
                .andExpect(jsonPath(hit(c.contactId())).isNotEmpty());
    }

    @Test
    void taxIdsAreFoundByTheirDigitsWithOrWithoutPunctuation() throws Exception {
        Customer c = customer(rep);
        String cnpj = c.cnpj();
        String formatted = cnpj.substring(0, 2) + "." + cnpj.substring(2, 5) + "." + cnpj.substring(5, 8) + "/"
                + cnpj.substring(8, 12) + "-" + cnpj.substring(12);
        search(rep, cnpj).andExpect(jsonPath(hit(c.accountId())).isNotEmpty());
        search(rep, formatted).andExpect(jsonPath(hit(c.accountId())).isNotEmpty());
        search(rep, c.cpf()).andExpect(jsonPath(hit(c.contactId())).isNotEmpty())
                .andExpect(jsonPath(hit(c.accountId())).isEmpty());
    }

    @Test
    void namesAreFoundWithoutAccentsAndWithATypo() throws Exception {
        Customer c = customer(rep);
        String folded = "conceicao" + c.tag();
        for (String q : new String[] { folded, "conseicao" + c.tag(), "joao " + folded, "JOÃO CONCEIÇÃO" + c.tag(),
                "joão conceicao" + c.tag().substring(0, 4) }) {
            search(rep, q).andExpect(jsonPath(hit(c.contactId()) + ".type").value(hasItem("CONTACT")));
        }
        search(rep, "estrela " + c.tag()).andExpect(jsonPath(hit(c.accountId())).isNotEmpty());
        search(rep, "maria " + folded).andExpect(jsonPath(hit(c.contactId())).isEmpty());
    }

    @Test
    void aSalesRepNeverFindsAnotherTeamsAccountsOrContacts() throws Exception {
        Customer hidden = customer(otherTeamRep);
        String[] queries = { "estrela " + hidden.tag(), "conceicao" + hidden.tag(), "joao.silva@" + hidden.domain(),
                hidden.domain(), hidden.accountPhone(), hidden.contactPhone(), hidden.cnpj(), hidden.cpf() };
        for (String q : queries) {
            search(otherTeammate, q).andExpect(jsonPath("$.items[?(@.id == '" + hidden.accountId() + "' || @.id == '"
                    + hidden.contactId() + "')]").isNotEmpty());
            search(rep, q).andExpect(jsonPath(hit(hidden.accountId())).isEmpty())
                    .andExpect(jsonPath(hit(hidden.contactId())).isEmpty());
        }
    }

    @Test
    void theResultsPageLabelsEachHitWithItsRecordTypesName() throws Exception {
        Customer c = customer(rep);
        var principal = user(userDetails.loadUserByUsername(rep.username()));
        mvc.perform(get("/search").param("q", c.domain()).with(principal)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Account</span>")))
                .andExpect(content().string(containsString(">Contact</span>")))
                .andExpect(content().string(containsString("João " + c.contactLastName())));
        mvc.perform(get("/search/suggest").param("q", "joao.silva@" + c.domain()).with(principal))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">Contact</span>")))
                .andExpect(content().string(containsString("/contacts/" + c.contactId())));
    }

    @Test
    void aRecordTypeWhoseEntityDoesNotIndexItsSearchFieldsAsTheirMatchNeedsIsRefused() {
        SearchMapping mapping = Search.mapping(emf);
        SearchableTypeCheck.check(type().search("name", Match.TEXT).search("emails.addressParts", Match.EMAIL)
                .search("taxIdDigits", Match.DIGITS).build(), mapping);
        for (RecordType wrong : List.of(type().search("nickname", Match.TEXT).build(),
                type().search("name", Match.EMAIL).build(), type().search("emails.address", Match.EMAIL).build(),
                type().search("name", Match.DIGITS).build(), type().search("taxIdDigits", Match.TEXT).build(),
                RecordType.builder("NOTE").table("notes").urls("/notes", null).label("record.NOTE")
                        .search("name", Match.TEXT).build())) {
            assertThatThrownBy(() -> SearchableTypeCheck.check(wrong, mapping)).as(wrong.searchFields().toString())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("record type");
        }
    }

    private static RecordType.Builder type() {
        return RecordType.builder("TEST_ACCOUNT").table("accounts").entity(Account.class).urls("/accounts", null)
                .label("record.ACCOUNT").customerColumn("id");
    }

    // ---------------------------------------------------------------------------------------------

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }

    /** A random valid number: this prefix and so many digits more, in international format. */
    private static String phone(String prefix, int more) {
        while (true) {
            try {
                return PhoneNumber.parse(prefix + digits(more), "BR").formatted();
            } catch (InvalidValueException invalid) {
                // draw again
            }
        }
    }

    private static String cnpj() {
        String base = digits(8) + "0001";
        base += mod11(base, new int[] { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 });
        return base + mod11(base, new int[] { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 });
    }

    private static String cpf() {
        String base = "9" + digits(8);
        base += mod11(base, new int[] { 10, 9, 8, 7, 6, 5, 4, 3, 2 });
        return base + mod11(base, new int[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2 });
    }

    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }
}
