package dev.orbita.customers.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.customers.CustomerLookup;
import dev.orbita.customers.CustomerSummary;
import dev.orbita.customers.CustomerSummary.Kind;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SignedIn;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts and contacts as other modules look them up: by id, by phone typed in any format, by
 * e-mail address, and never beyond what the caller may see.
 */
@IntegrationTest
class CustomerLookupIntegrationTests {

    @Autowired
    CustomerLookup lookup;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignedIn signedIn;

    UserResponse rep;
    UserResponse teammate;
    UserResponse otherTeamRep;

    String domain;
    String landline;
    UUID accountId;
    UUID contactId;

    @BeforeEach
    void customer() throws Exception {
        UUID team = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", fixtures.team().id());
        domain = Fixtures.unique("lookup").toLowerCase() + ".com.br";
        // a São Paulo landline of its own: 3 and seven random digits
        landline = "3" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        accountId = create(rep, "/api/v1/accounts", """
                {"name":"Mercearia Lookup","phones":[{"type":"WORK","number":"+55 11 %s"}],
                 "emails":[{"type":"WORK","address":"vendas@%s"}]}""".formatted(landline, domain));
        contactId = create(rep, "/api/v1/contacts", """
                {"firstName":"Ana","lastName":"Conceição","accountId":"%s",
                 "phones":[{"type":"WORK","number":"(11) %s"}],
                 "emails":[{"type":"WORK","address":"Ana.Conceicao@%s"}]}""".formatted(accountId, landline,
                domain.toUpperCase()));
    }

    private UUID create(UserResponse user, String path, String json) throws Exception {
        String body = mvc.perform(post(path).with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private <T> T as(UserResponse user, Supplier<T> lookup) {
        Object[] result = new Object[1];
        signedIn.as(user.username(), () -> result[0] = lookup.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @Test
    void summariesById() {
        CustomerSummary account = as(teammate, () -> lookup.account(accountId)).orElseThrow();
        assertThat(account).isEqualTo(new CustomerSummary(Kind.ACCOUNT, accountId, "Mercearia Lookup", accountId,
                rep.id(), rep.teamId()));
        CustomerSummary contact = as(teammate, () -> lookup.contact(contactId)).orElseThrow();
        assertThat(contact).isEqualTo(new CustomerSummary(Kind.CONTACT, contactId, "Ana Conceição", accountId,
                rep.id(), rep.teamId()));

        assertThat(as(rep, () -> lookup.account(contactId))).as("a contact's id is no account's").isEmpty();
        assertThat(as(rep, () -> lookup.contact(UUID.randomUUID()))).isEmpty();
        assertThat(as(rep, () -> lookup.account(null))).isEmpty();
    }

    @Test
    void recordsTheCallerMayNotSeeAreNotFound() {
        assertThat(as(otherTeamRep, () -> lookup.account(accountId))).isEmpty();
        assertThat(as(otherTeamRep, () -> lookup.contact(contactId))).isEmpty();
        assertThat(as(otherTeamRep, () -> lookup.byPhone("+5511" + landline))).isEmpty();
        assertThat(as(otherTeamRep, () -> lookup.byEmail("vendas@" + domain))).isEmpty();
        // without a signed-in caller nothing is visible
        assertThat(lookup.account(accountId)).isEmpty();
        assertThat(lookup.byPhone("+5511" + landline)).isEmpty();
    }

    @Test
    void byPhoneInAnyFormat() {
        for (String typed : List.of("+5511" + landline, "+55 (11) " + landline.substring(0, 4) + "-"
                + landline.substring(4), "(11) " + landline, "11" + landline, "011 " + landline)) {
            assertThat(as(teammate, () -> lookup.byPhone(typed))).as(typed)
                    .extracting(CustomerSummary::kind, CustomerSummary::id)
                    .containsExactly(org.assertj.core.api.Assertions.tuple(Kind.ACCOUNT, accountId),
                            org.assertj.core.api.Assertions.tuple(Kind.CONTACT, contactId));
        }
        // the same digits in another country are another number
        assertThat(as(teammate, () -> lookup.byPhone("+351 21" + landline.substring(1)))).isEmpty();
    }

    @Test
    void byPhoneWithTextThatIsNoPhoneNumberFindsNothing() {
        for (String typed : new String[] { "abc", "", "   ", "12", "anonymous", "+" }) {
            assertThat(as(rep, () -> lookup.byPhone(typed))).as(typed).isEmpty();
        }
        assertThat(as(rep, () -> lookup.byPhone(null))).isEmpty();
    }

    @Test
    void byEmailWhateverTheCaseOfTheDomainOrOfALowerCaseAddress() {
        assertThat(as(teammate, () -> lookup.byEmail("vendas@" + domain))).extracting(CustomerSummary::id)
                .containsExactly(accountId);
        assertThat(as(teammate, () -> lookup.byEmail("  VENDAS@" + domain.toUpperCase() + " ")))
                .extracting(CustomerSummary::id).containsExactly(accountId);
        // stored as typed, with the domain in lower case
        assertThat(as(teammate, () -> lookup.byEmail("Ana.Conceicao@" + domain))).extracting(CustomerSummary::id)
                .containsExactly(contactId);
        assertThat(as(teammate, () -> lookup.byEmail("Ana.Conceicao@" + domain.toUpperCase())))
                .extracting(CustomerSummary::id).containsExactly(contactId);

        assertThat(as(teammate, () -> lookup.byEmail("compras@" + domain))).isEmpty();
        assertThat(as(teammate, () -> lookup.byEmail(domain))).as("a domain is no address").isEmpty();
        for (String typed : new String[] { "abc", "", "vendas@", "@" + domain }) {
            assertThat(as(teammate, () -> lookup.byEmail(typed))).as(typed).isEmpty();
        }
        assertThat(as(teammate, () -> lookup.byEmail(null))).isEmpty();
    }
}
