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
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lost or stale search index, or one built by another mapping, is rebuilt from the database at start;
 * what changed since the last checkpoint is indexed again.
 */
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

    @Autowired
    IndexCheckpoint checkpoint;

    @Autowired
    IndexReconciler reconciler;

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
        // renamed behind the index's back, long ago by its update time: as many documents as rows and
        // nothing changed since the last checkpoint, but the index holds the old name
        jdbc.update("update accounts set name = ?, updated_at = ? where id = ?", renamed,
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), id[0]);

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
    void reconcilesAtStartTheChangesACrashKeptFromTheIndex() throws Exception {
        UserResponse admin = fixtures.user("ADMIN", null);
        String name = Fixtures.unique("Antesdaqueda");
        String renamed = Fixtures.unique("Depoisdaqueda");
        UUID[] id = new UUID[1];
        rebuilder.rebuildIfNeeded();
        signedIn.as(admin.username(), () -> id[0] = accounts.create(new AccountRequest(name, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null)).id());
        checkpoint.write();
        // a rename that reached the database, but not the index's files, before the process died: same
        // number of documents as rows, and the update time of the write
        jdbc.update("update accounts set name = ?, updated_at = ? where id = ?", renamed,
                java.sql.Timestamp.from(Instant.now()), id[0]);
        signedIn.as(admin.username(), () -> assertThat(search.search(renamed, 5).items()).isEmpty());

        rebuilder.rebuildIfNeeded();

        signedIn.as(admin.username(), () -> {
            assertThat(search.search(renamed, 5).items()).extracting(h -> h.id()).containsExactly(id[0]);
            assertThat(search.search(name, 5).items()).isEmpty();
        });
        assertThat(checkpoint.last()).hasValueSatisfying(t -> assertThat(t).isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    void purgesTheRecordsDeletedSinceTheCheckpoint() {
        UserResponse admin = fixtures.user("ADMIN", null);
        String name = Fixtures.unique("Apagadadepois");
        UUID[] id = new UUID[1];
        signedIn.as(admin.username(), () -> id[0] = accounts.create(new AccountRequest(name, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null)).id());
        Instant since = Instant.now().minusSeconds(5);
        // deleted in the database, with its history row, but still in the index
        jdbc.update("delete from accounts where id = ?", id[0]);
        jdbc.update("insert into audit_entries (id, change_id, entity_type, entity_id, action, occurred_at) "
                + "values (?, ?, 'ACCOUNT', ?, 'DELETE', ?)", UUID.randomUUID(), UUID.randomUUID(), id[0],
                java.sql.Timestamp.from(Instant.now()));
        signedIn.as(admin.username(), () -> assertThat(search.search(name, 5).items()).hasSize(1));

        var entity = Search.mapping(emf).indexedEntity(Account.class);
        assertThat(reconciler.reconcile(entity, since)).isGreaterThanOrEqualTo(1);

        signedIn.as(admin.username(), () -> assertThat(search.search(name, 5).items()).isEmpty());
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
