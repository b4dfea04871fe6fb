package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The access decisions every module relies on, without a database. */
class RecordAccessTests {

    static final String TYPE = "THING";

    static class Thing extends OwnedRecord {
        Thing(RecordAccess.Owner owner) {
            super(owner);
        }
    }

    private final UUID myTeam = UUID.randomUUID();
    private final UUID otherTeam = UUID.randomUUID();
    private final UserSummary me = new UserSummary(UUID.randomUUID(), "me", "Me", myTeam, true);
    private final UserSummary colleague = new UserSummary(UUID.randomUUID(), "col", "Colleague", myTeam, true);
    private final UserSummary stranger = new UserSummary(UUID.randomUUID(), "str", "Stranger", otherTeam, true);
    private final UserSummary gone = new UserSummary(UUID.randomUUID(), "gone", "Gone", myTeam, false);

    private RecordAccess access(Scope read, Scope write, boolean mayReassign) {
        return access(read, write, mayReassign, false);
    }

    private RecordAccess access(Scope read, Scope write, boolean mayReassign, boolean recycleBin) {
        CurrentUser user = new CurrentUser(me.id(), "me", "Me", myTeam, Set.of(), Set.of("SALES_REP"),
                new ScopeGrants(Scope.NONE, Scope.NONE, Map.of(TYPE, read), Map.of(TYPE, write)),
                mayReassign ? Set.of(Permission.REASSIGN_RECORDS) : Set.of(), CurrentUser.Kind.STAFF, null, "en",
                "UTC");
        Visibility visibility = new Visibility() {
            public Optional<CurrentUser> currentUser() {
                return Optional.of(user);
            }

            public CurrentUser requireUser() {
                return user;
            }

            public AccessScope readScope(String type) {
                return new AccessScope(user.grants().read(type), me.id(), Set.of(myTeam));
            }

            public AccessScope writeScope(String type) {
                return new AccessScope(user.grants().write(type), me.id(), Set.of(myTeam));
            }
        };
        UserDirectory directory = new UserDirectory() {
            public Optional<UserSummary> findUser(UUID id) {
                return List.of(me, colleague, stranger, gone).stream().filter(u -> u.id().equals(id)).findFirst();
            }

            public Map<UUID, UserSummary> findUsers(Collection<UUID> ids) {
                return Map.of();
            }

            public List<UserSummary> activeUsers() {
                return List.of(me, colleague, stranger);
            }

            public List<TeamSummary> teams() {
                return List.of(new TeamSummary(myTeam, "Mine", null), new TeamSummary(otherTeam, "Other", null));
            }

            public Optional<TeamSummary> findTeam(UUID id) {
                return teams().stream().filter(t -> t.id().equals(id)).findFirst();
            }
        };
        RecordType.Builder builder = RecordType.builder(TYPE).table("things").urls("/things", "/api/v1/things")
                .label("x").customerColumn("account_id");
        RecordType type = recycleBin ? builder.entity(Thing.class).title("t.name").recycleBin().build() : builder.build();
        return new RecordAccess(visibility, directory, new RecordTypes(List.of(type)), null);
    }

    @Test
    void anInvisibleRecordIsNotFoundAndAVisibleReadOnlyOneIsForbidden() {
        RecordAccess access = access(Scope.ALL, Scope.OWN, false);
        Thing strangers = new Thing(new RecordAccess.Owner(stranger.id(), otherTeam));
        UUID id = strangers.getId();
        assertThat(access.readable(TYPE, Optional.of(strangers), id)).isSameAs(strangers);
        assertThatThrownBy(() -> access.writable(TYPE, Optional.of(strangers), id))
                .isInstanceOf(ForbiddenException.class);
        assertThat(access.canWrite(TYPE, strangers)).isFalse();

        RecordAccess teamOnly = access(Scope.TEAM, Scope.TEAM, false);
        assertThatThrownBy(() -> teamOnly.readable(TYPE, Optional.of(strangers), id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teamOnly.writable(TYPE, Optional.of(strangers), id))
                .as("never 403 for a record the caller may not see").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teamOnly.readable(TYPE, Optional.empty(), id)).isInstanceOf(NotFoundException.class);
        assertThat(teamOnly.canWrite(TYPE, new Thing(new RecordAccess.Owner(colleague.id(), myTeam)))).isTrue();
    }

    @Test
    void aStaleVersionIsRefusedAndEachWriteRaisesTheVersionByOne() {
        RecordAccess access = access(Scope.ALL, Scope.ALL, false);
        Thing mine = new Thing(new RecordAccess.Owner(me.id(), myTeam));
        assertThatThrownBy(() -> access.checkVersion(mine, 3L, null)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> access.checkVersion(mine, null, 3L)).isInstanceOf(StaleVersionException.class);
        access.checkVersion(mine, 0L, null);
        access.checkVersion(mine, null, null);
        access.nextVersion(mine);
        assertThat(mine.getVersion()).isEqualTo(1);
        assertThatThrownBy(() -> access.checkVersion(mine, 0L, null)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aNewRecordBelongsToItsCreatorAndTheirTeamUnlessSomeoneWhoMayReassignSaysOtherwise() {
        RecordAccess rep = access(Scope.TEAM, Scope.TEAM, false);
        var errors = new ValidationException.Collector();
        assertThat(rep.forNewRecord(TYPE, null, null, errors)).isEqualTo(new RecordAccess.Owner(me.id(), myTeam));
        assertThatThrownBy(() -> rep.forNewRecord(TYPE, colleague.id(), null, new ValidationException.Collector()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rep.forNewRecord(TYPE, null, otherTeam, new ValidationException.Collector()))
                .isInstanceOf(ForbiddenException.class);

        RecordAccess manager = access(Scope.TEAM, Scope.TEAM, true);
        assertThat(manager.forNewRecord(TYPE, colleague.id(), null, new ValidationException.Collector()))
                .isEqualTo(new RecordAccess.Owner(colleague.id(), myTeam));
        assertThatThrownBy(() -> manager.forNewRecord(TYPE, stranger.id(), null, new ValidationException.Collector()))
                .as("still within the write scope").isInstanceOf(ForbiddenException.class);
        var invalid = new ValidationException.Collector();
        assertThat(manager.forNewRecord(TYPE, gone.id(), null, invalid)).isNull();
        assertThat(invalid.isEmpty()).as("an inactive owner is a field error").isFalse();

        assertThatThrownBy(() -> access(Scope.ALL, Scope.NONE, true).forNewRecord(TYPE, null, null,
                new ValidationException.Collector())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void reassigningNeedsThePermissionAndAnUnchangedOwnerNeedsNothing() {
        Thing mine = new Thing(new RecordAccess.Owner(me.id(), myTeam));
        RecordAccess rep = access(Scope.TEAM, Scope.TEAM, false);
        assertThat(rep.reassign(TYPE, mine, me.id(), myTeam, new ValidationException.Collector()))
                .isEqualTo(mine.owner());
        assertThatThrownBy(() -> rep.reassign(TYPE, mine, colleague.id(), null, new ValidationException.Collector()))
                .isInstanceOf(ForbiddenException.class);

        RecordAccess manager = access(Scope.TEAM, Scope.TEAM, true);
        RecordAccess.Owner next = manager.reassign(TYPE, mine, colleague.id(), null, new ValidationException.Collector());
        assertThat(next).isEqualTo(new RecordAccess.Owner(colleague.id(), myTeam));
        manager.assign(mine, next);
        assertThat(mine.getOwnerId()).isEqualTo(colleague.id());
    }

    @Test
    void theListConditionUsesTheTypesColumnsOnTheGivenAlias() {
        Map<String, Object> params = new HashMap<>();
        assertThat(access(Scope.OWN, Scope.OWN, false).visibleCondition(TYPE, "t", params))
                .isEqualTo("t.owner_id = :scope_user");
        assertThat(access(Scope.ALL, Scope.OWN, false).visibleCondition(TYPE, "t", new HashMap<>())).isNull();
    }

    @Test
    void aRecordInTheRecycleBinIsAbsentForEveryReadAndWriteAndForTheListCondition() {
        RecordAccess access = access(Scope.ALL, Scope.ALL, false, true);
        Thing mine = new Thing(new RecordAccess.Owner(me.id(), myTeam));
        mine.moveToRecycleBin(me.id(), java.time.Instant.now());
        UUID id = mine.getId();
        assertThat(access.canRead(TYPE, mine)).isFalse();
        assertThat(access.canWrite(TYPE, mine)).isFalse();
        assertThatThrownBy(() -> access.readable(TYPE, Optional.of(mine), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.writable(TYPE, Optional.of(mine), id)).isInstanceOf(NotFoundException.class);
        assertThat(access.inWriteScope(TYPE, mine)).as("what restore checks").isTrue();
        mine.restoreFromRecycleBin();
        assertThat(access.readable(TYPE, Optional.of(mine), id)).isSameAs(mine);

        assertThat(access.visibleCondition(TYPE, "t", new HashMap<>())).as("even when every row is in scope")
                .isEqualTo("t.deleted_at is null");
        assertThat(access(Scope.OWN, Scope.OWN, false, true).visibleCondition(TYPE, "t", new HashMap<>()))
                .isEqualTo("(t.owner_id = :scope_user) and t.deleted_at is null");
        assertThatThrownBy(() -> RecordType.builder("BROKEN").table("b").urls("/b", null).label("b").recycleBin()
                .build()).as("a bin needs an owned entity and a title").isInstanceOf(IllegalArgumentException.class);
    }
}
