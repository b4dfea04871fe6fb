package dev.orbita.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.customers.account.Account;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountRequest;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.search.GlobalSearch;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lost or stale search index is rebuilt from the database at start. */
@IntegrationTest
class IndexRebuilderTests {

    @Autowired
    IndexRebuilder rebuilder;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    AccountManagement accounts;

    @Autowired
    GlobalSearch search;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignedIn signedIn;

    @Test
    void rebuildsAnEmptiedIndexSoRecordsAreFoundAgain() throws Exception {
        UserResponse admin = fixtures.user("ADMIN", null);
        String name = Fixtures.unique("Reindexada");
        signedIn.as(admin.username(), () -> accounts.create(new AccountRequest(name, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null)));
        signedIn.as(admin.username(), () -> assertThat(search.search(name, 5).items()).hasSize(1));

        Search.mapping(emf).scope(Account.class).workspace().purge();
        Search.mapping(emf).scope(Account.class).workspace().refresh();
        signedIn.as(admin.username(), () -> assertThat(search.search(name, 5).items()).isEmpty());

        rebuilder.rebuildIfNeeded();

        signedIn.as(admin.username(), () -> assertThat(search.search(name, 5).items()).hasSize(1));
    }
}
