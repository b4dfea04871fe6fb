package dev.orbita.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.platform.AccessScope;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.Scope;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import testfixtures.search.ScopedNote;

/**
 * The Lucene rendering of each access scope, on a real (in-memory) index of owned records, without
 * the application: Hibernate ORM on H2 and Hibernate Search on a heap directory.
 */
class VisibilityFilterTests {

    static final UUID ME = UUID.randomUUID();
    static final UUID TEAMMATE = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    static final UUID MY_TEAM = UUID.randomUUID();
    static final UUID MANAGED_TEAM = UUID.randomUUID();
    static final UUID OTHER_TEAM = UUID.randomUUID();
    static final UUID CUSTOMER_A = UUID.randomUUID();
    static final UUID CUSTOMER_B = UUID.randomUUID();

    static final RecordType WITH_CUSTOMER = RecordType.builder("NOTE").table("scoped_notes").entity(ScopedNote.class)
            .urls("/notes", null).label("record.NOTE").customerColumn("customer_id").build();
    static final RecordType WITHOUT_CUSTOMER = RecordType.builder("NOTE").table("scoped_notes")
            .entity(ScopedNote.class).urls("/notes", null).label("record.NOTE").build();

    static EntityManagerFactory emf;

    @BeforeAll
    static void index() {
        emf = new HibernatePersistenceConfiguration("visibility-filter").managedClass(ScopedNote.class)
                .jdbcUrl("jdbc:h2:mem:visibility-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(org.hibernate.tool.schema.Action.CREATE)
                .property("hibernate.search.backend.directory.type", "local-heap")
                .property("hibernate.search.indexing.plan.synchronization.strategy", "sync")
                .createEntityManagerFactory();
        emf.runInTransaction(em -> {
            em.persist(new ScopedNote("mine", ME, MY_TEAM, CUSTOMER_A));
            em.persist(new ScopedNote("mine-without-team", ME, null, null));
            em.persist(new ScopedNote("teammate's", TEAMMATE, MY_TEAM, CUSTOMER_B));
            em.persist(new ScopedNote("managed team's", STRANGER, MANAGED_TEAM, CUSTOMER_A));
            em.persist(new ScopedNote("other team's", STRANGER, OTHER_TEAM, CUSTOMER_B));
            em.persist(new ScopedNote("stranger's without team", STRANGER, null, null));
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static List<String> visible(AccessScope scope, RecordType type) {
        return emf.callInTransaction(em -> Search.session(em).search(ScopedNote.class)
                .where(f -> f.bool().must(f.matchAll()).filter(VisibilityFilter.of(f, scope, type))).fetchAllHits())
                .stream().map(ScopedNote::getLabel).sorted().toList();
    }

    @Test
    void allSeesEveryRecord() {
        assertThat(visible(AccessScope.all(), WITH_CUSTOMER)).hasSize(6);
    }

    @Test
    void noneSeesNothing() {
        assertThat(visible(AccessScope.none(), WITH_CUSTOMER)).isEmpty();
        assertThat(visible(new AccessScope(Scope.NONE, ME, Set.of(MY_TEAM)), WITH_CUSTOMER)).isEmpty();
    }

    @Test
    void ownSeesOnlyTheUsersRecordsWhateverTheirTeam() {
        assertThat(visible(new AccessScope(Scope.OWN, ME, Set.of(MY_TEAM, MANAGED_TEAM)), WITH_CUSTOMER))
                .containsExactly("mine", "mine-without-team");
    }

    @Test
    void teamSeesTheUsersRecordsAndThoseOfTheirTeamsButNoOtherTeams() {
        assertThat(visible(new AccessScope(Scope.TEAM, ME, Set.of(MY_TEAM, MANAGED_TEAM)), WITH_CUSTOMER))
                .containsExactly("managed team's", "mine", "mine-without-team", "teammate's");
        assertThat(visible(new AccessScope(Scope.TEAM, ME, Set.of()), WITH_CUSTOMER))
                .containsExactly("mine", "mine-without-team");
    }

    @Test
    void ownAndTeamWithoutAUserSeeNothing() {
        assertThat(visible(new AccessScope(Scope.OWN, null, Set.of(MY_TEAM)), WITH_CUSTOMER)).isEmpty();
        assertThat(visible(new AccessScope(Scope.TEAM, null, Set.of(MY_TEAM)), WITH_CUSTOMER)).isEmpty();
    }

    @Test
    void customerSeesOnlyItsOwnCustomersRecords() {
        assertThat(visible(new AccessScope(Scope.CUSTOMER, STRANGER, Set.of(), CUSTOMER_A), WITH_CUSTOMER))
                .containsExactly("managed team's", "mine");
        assertThat(visible(new AccessScope(Scope.CUSTOMER, STRANGER, Set.of(), null), WITH_CUSTOMER)).isEmpty();
    }

    @Test
    void customerSeesNothingOfATypeWithoutCustomerColumn() {
        assertThat(visible(new AccessScope(Scope.CUSTOMER, STRANGER, Set.of(), CUSTOMER_A), WITHOUT_CUSTOMER))
                .isEmpty();
    }
}
