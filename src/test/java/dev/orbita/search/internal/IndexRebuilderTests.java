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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A lost or stale search index, or one built by another mapping, is rebuilt from the database at start. */
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

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void rebuildsEveryIndexWhenTheMappingChangedSinceItWasBuilt() throws Exception {
        UserResponse admin = fixtures.user("ADMIN", null);
        String name = Fixtures.unique("Remapeada");
        String renamed = Fixtures.unique("Renomeada");
        UUID[] id = new UUID[1];
        rebuilder.rebuildIfNeeded(); // in step with rows other test contexts wrote in a shared database
        signedIn.as(admin.username(), () -> id[0] = accounts.create(new AccountRequest(name, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null)).id());
        // renamed behind the index's back: as many documents as rows, but the index holds the old name
        jdbc.update("update accounts set name = ? where id = ?", renamed, id[0]);

        rebuilder.rebuildIfNeeded();
        signedIn.as(admin.username(), () -> assertThat(search.search(renamed, 5).items()).isEmpty());

        Path fingerprint = rebuilder.fingerprintFile();
        assertThat(fingerprint).content().isEqualToIgnoringNewLines(IndexRebuilder.fingerprint(Search.mapping(emf)));
        Files.writeString(fingerprint, "the fingerprint of an older mapping");
        rebuilder.rebuildIfNeeded();

        signedIn.as(admin.username(), () -> assertThat(search.search(renamed, 5).items()).extracting(h -> h.id())
                .containsExactly(id[0]));
        assertThat(fingerprint).content().isEqualToIgnoringNewLines(IndexRebuilder.fingerprint(Search.mapping(emf)));
    }

    @Test
    void theMappingFingerprintCoversTheListsSortKeySoThatAddingItRebuildsOlderIndexes() {
        assertThat(IndexRebuilder.describe(Search.mapping(emf))).filteredOn(line -> line.startsWith("sortKey "))
                .hasSize(2).allSatisfy(line -> assertThat(line).endsWith(" falsefalsetruefalse"));
    }

    @Test
    void theMappingFingerprintCoversEmbeddedFieldsAndTheirAnalyzers() {
        assertThat(IndexRebuilder.describe(Search.mapping(emf))).anySatisfy(line -> assertThat(line)
                .startsWith("emails.addressParts ").contains(" orbita_email orbita_email_query "));
    }
}
