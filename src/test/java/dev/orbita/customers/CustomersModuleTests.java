package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountRequest;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.shared.contact.EmailType;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.contact.PhoneType;
import dev.orbita.support.Fixtures;
import dev.orbita.support.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customers module started with only the modules it depends on (platform, web, shared) plus
 * search, whose analyzers its indexed entities name (a dependency the module model cannot see: it is
 * in annotation values), and no other business module. It stores accounts and answers
 * {@link CustomerLookup} on its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
@Import({ Fixtures.class, SignedIn.class })
class CustomersModuleTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    CustomerLookup lookup;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignedIn signedIn;

    @Test
    void storesAnAccountAndLooksItUpByIdPhoneAndEmail() {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        UserResponse stranger = fixtures.user("SALES_REP", fixtures.team().id());
        String email = Fixtures.unique("modulo").toLowerCase() + "@example.com";
        UUID[] id = new UUID[1];
        signedIn.as(rep.username(), () -> id[0] = accounts.create(new AccountRequest("Módulo Ltda", null, null, null,
                null, null, List.of(new PhoneDto(PhoneType.WORK, "(11) 2345-6789", null)),
                List.of(new EmailDto(EmailType.WORK, email)), null, null, null, null, null, null, null, null, null,
                null)).id());

        signedIn.as(rep.username(), () -> {
            assertThat(lookup.account(id[0])).get().extracting(CustomerSummary::name).isEqualTo("Módulo Ltda");
            assertThat(lookup.byPhone("+55 11 2345-6789")).extracting(CustomerSummary::id).contains(id[0]);
            assertThat(lookup.byEmail(email.toUpperCase())).extracting(CustomerSummary::id).containsExactly(id[0]);
        });
        signedIn.as(stranger.username(), () -> {
            assertThat(lookup.account(id[0])).isEmpty();
            assertThat(lookup.byEmail(email)).isEmpty();
        });
    }
}
