package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One visibility decision, as a check and as SQL, for every scope. */
class AccessScopeTests {

    private final UUID me = UUID.randomUUID();
    private final UUID someoneElse = UUID.randomUUID();
    private final UUID myTeam = UUID.randomUUID();
    private final UUID managedTeam = UUID.randomUUID();
    private final UUID otherTeam = UUID.randomUUID();
    private final UUID myCustomer = UUID.randomUUID();

    @Test
    void ownReachesOnlyTheUsersRecords() {
        AccessScope own = new AccessScope(Scope.OWN, me, Set.of(myTeam));
        assertThat(own.permits(me, otherTeam)).isTrue();
        assertThat(own.permits(someoneElse, myTeam)).isFalse();
        Map<String, Object> params = new HashMap<>();
        assertThat(own.sqlCondition("a.owner_id", "a.team_id", params)).isEqualTo("a.owner_id = :scope_user");
        assertThat(params).containsEntry("scope_user", me).doesNotContainKey("scope_teams");
    }

    @Test
    void teamReachesOwnRecordsAndThoseOfTheTeamsAndManagedTeams() {
        AccessScope team = new AccessScope(Scope.TEAM, me, Set.of(myTeam, managedTeam));
        assertThat(team.permits(me, null)).isTrue();
        assertThat(team.permits(someoneElse, myTeam)).isTrue();
        assertThat(team.permits(someoneElse, managedTeam)).isTrue();
        assertThat(team.permits(someoneElse, otherTeam)).isFalse();
        assertThat(team.permits(someoneElse, null)).isFalse();
        Map<String, Object> params = new HashMap<>();
        assertThat(team.sqlCondition("c.owner_id", "c.team_id", params))
                .isEqualTo("(c.owner_id = :scope_user or c.team_id in (:scope_teams))");
        assertThat(params).containsEntry("scope_user", me).containsEntry("scope_teams", Set.of(myTeam, managedTeam));
    }

    @Test
    void teamWithoutTeamsFallsBackToOwnRecords() {
        AccessScope team = new AccessScope(Scope.TEAM, me, Set.of());
        assertThat(team.sqlCondition("o", "t", new HashMap<>())).isEqualTo("o = :scope_user");
        assertThat(team.permits(someoneElse, otherTeam)).isFalse();
    }

    @Test
    void allNeedsNoConditionAndNoneMatchesNothing() {
        assertThat(AccessScope.all().permits(someoneElse, otherTeam)).isTrue();
        assertThat(AccessScope.all().sqlCondition("o", "t", new HashMap<>())).as("no condition: unfiltered").isNull();
        assertThat(AccessScope.none().permits(me, myTeam)).isFalse();
        assertThat(AccessScope.none().sqlCondition("o", "t", new HashMap<>())).isEqualTo("1=0");
        assertThat(new AccessScope(Scope.OWN, null, Set.of()).isNone()).as("own without a user").isTrue();
    }

    @Test
    void customerScopeReachesOnlyTheRecordsOfThePrincipalsCustomer() {
        AccessScope portal = new AccessScope(Scope.CUSTOMER, me, Set.of(), myCustomer);
        assertThat(portal.permits(someoneElse, otherTeam, myCustomer)).isTrue();
        assertThat(portal.permits(me, myTeam, UUID.randomUUID())).as("not even records the user owns").isFalse();
        assertThat(portal.permits(me, myTeam)).as("a record of no customer").isFalse();
        Map<String, Object> params = new HashMap<>();
        assertThat(portal.sqlCondition("c.owner_id", "c.team_id", "c.account_id", params))
                .isEqualTo("c.account_id = :scope_customer");
        assertThat(params).containsEntry("scope_customer", myCustomer);
        assertThat(portal.sqlCondition("o", "t", null, new HashMap<>())).as("type without customer column")
                .isEqualTo("1=0");
        assertThat(new AccessScope(Scope.CUSTOMER, me, Set.of(), null).isNone()).isTrue();
    }

    @Test
    void theWidestScopeWinsAndThePortalScopeNeverWidensAStaffRole() {
        assertThat(Scope.OWN.widest(Scope.TEAM)).isEqualTo(Scope.TEAM);
        assertThat(Scope.ALL.widest(Scope.OWN)).isEqualTo(Scope.ALL);
        assertThat(Scope.NONE.widest(Scope.CUSTOMER)).isEqualTo(Scope.NONE);
        assertThat(Scope.STAFF).doesNotContain(Scope.CUSTOMER);
    }

    @Test
    void grantsCombineTypeByTypeFallingBackToEachRolesDefault() {
        ScopeGrants rep = new ScopeGrants(Scope.TEAM, Scope.TEAM, Map.of("TICKET", Scope.OWN), Map.of());
        ScopeGrants agent = new ScopeGrants(Scope.OWN, Scope.NONE, Map.of("TICKET", Scope.ALL),
                Map.of("TICKET", Scope.TEAM));
        ScopeGrants both = rep.widest(agent);
        assertThat(both.read("TICKET")).isEqualTo(Scope.ALL);
        assertThat(both.write("TICKET")).as("agent's TEAM vs rep's default TEAM").isEqualTo(Scope.TEAM);
        assertThat(both.read("ACCOUNT")).isEqualTo(Scope.TEAM);
        assertThat(both.write("ACCOUNT")).isEqualTo(Scope.TEAM);
        assertThat(ScopeGrants.none().read("ANY")).isEqualTo(Scope.NONE);
    }
}
