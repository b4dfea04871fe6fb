package dev.orbita.platform;

import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read, write, create and reassign owned records of any type:
 * not visible → 404, visible but not writable → 403, stale version → 412/409; writes take the row
 * lock first and raise the version by exactly one (ADR 008). A new record belongs to
 * its creator (or the owner named by someone who may reassign) and to the owner's team; only roles
 * with {@link Permission#REASSIGN_RECORDS} change owner or team. A record in the recycle bin is absent for every
 * read and write here (404) and in {@link #visibleCondition}; only {@link RecycleBin} reaches it (ADR 021).
 */
@Component
public class RecordAccess {

    /** Owner and team of a record. */
    public record Owner(UUID ownerId, UUID teamId) {
    }

    private final Visibility visibility;
    private final UserDirectory directory;
    private final RecordTypes types;
    private final EntityManager entityManager;

    RecordAccess(Visibility visibility, UserDirectory directory, RecordTypes types, EntityManager entityManager) {
        this.visibility = visibility;
        this.directory = directory;
        this.types = types;
        this.entityManager = entityManager;
    }

    /** The record if the caller may read it; absent or invisible → 404. */
    public <T extends OwnedRecord> T readable(String type, Optional<T> found, UUID id) {
        T record = found.orElseThrow(() -> notFound(type, id));
        if (!canRead(type, record)) {
            throw notFound(type, id);
        }
        return record;
    }

    /** The record if the caller may change it: invisible → 404, read-only → 403. */
    public <T extends OwnedRecord> T writable(String type, Optional<T> found, UUID id) {
        T record = readable(type, found, id);
        if (!canWrite(type, record)) {
            throw new ForbiddenException("outside write scope", "problem.forbidden.writeScope");
        }
        return record;
    }

    /**
     * Loads a record for a write under its row lock ({@code select … for update}), so that writers of
     * one record take turns and each sees what the previous one committed: invisible → 404,
     * read-only → 403.
     */
    public <T extends OwnedRecord> T lockWritable(String type, Class<T> entity, UUID id) {
        T record = entityManager.find(entity, id, LockModeType.PESSIMISTIC_WRITE);
        return writable(type, Optional.ofNullable(record), id);
    }

    /**
     * Refuses a write based on an older version than the locked row's: {@code ifMatch} from an
     * {@code If-Match} header (→ 412) or {@code bodyVersion} from the request body (→ 409); a client
     * that sent neither writes over the current state.
     */
    public void checkVersion(OwnedRecord record, Long ifMatch, Long bodyVersion) {
        StaleVersionException.check(ifMatch, bodyVersion, record.getVersion());
    }

    /** Raises the version of a locked record by exactly one for the write in progress. */
    public void nextVersion(OwnedRecord record) {
        record.nextVersion();
    }

    /** {@link #lockWritable}, {@link #checkVersion} and {@link #nextVersion} in one: a full update or a delete. */
    public <T extends OwnedRecord> T forWrite(String type, Class<T> entity, UUID id, Long ifMatch, Long bodyVersion) {
        T record = lockWritable(type, entity, id);
        checkVersion(record, ifMatch, bodyVersion);
        nextVersion(record);
        return record;
    }

    public boolean canRead(String type, OwnedRecord record) {
        return !record.inRecycleBin() && inReadScope(type, record);
    }

    public boolean canWrite(String type, OwnedRecord record) {
        return canRead(type, record) && inWriteScope(type, record);
    }

    /** Read scope alone, whether or not the record is in the recycle bin (for {@link RecycleBin}). */
    boolean inReadScope(String type, OwnedRecord record) {
        return visibility.readScope(type).permits(record.getOwnerId(), record.getTeamId(),
                record.customerAccountId());
    }

    /** Read and write scope alone, whether or not the record is in the recycle bin (for {@link RecycleBin}). */
    boolean inWriteScope(String type, OwnedRecord record) {
        return inReadScope(type, record) && visibility.writeScope(type).permits(record.getOwnerId(),
                record.getTeamId(), record.customerAccountId());
    }

    /** Whether the caller may read a record known only by owner and team (a related record's name). */
    public boolean canRead(String type, UUID ownerId, UUID teamId, UUID customerAccountId) {
        return visibility.readScope(type).permits(ownerId, teamId, customerAccountId);
    }

    /** Whether the caller may create records of this type at all. */
    public boolean mayCreate(String type) {
        return !visibility.writeScope(type).isNone();
    }

    /** Owner and team for a new record, checking the caller may create it. */
    public Owner forNewRecord(String type, UUID requestedOwner, UUID requestedTeam,
            ValidationException.Collector errors) {
        CurrentUser me = visibility.requireUser();
        if (!mayCreate(type)) {
            throw new ForbiddenException("read-only", "problem.forbidden.writeScope");
        }
        UUID ownerId = requestedOwner == null ? me.id() : requestedOwner;
        if (!ownerId.equals(me.id()) && !me.mayReassign()) {
            throw new ForbiddenException("only managers assign records to others", "problem.forbidden.reassign");
        }
        UserSummary owner = directory.findUser(ownerId).filter(UserSummary::active).orElse(null);
        if (owner == null) {
            errors.add("ownerId", "validation.reference");
            return null;
        }
        UUID teamId = requestedTeam == null ? owner.teamId() : requestedTeam;
        if (requestedTeam != null && !me.mayReassign() && !Objects.equals(requestedTeam, owner.teamId())) {
            throw new ForbiddenException("only managers choose the team", "problem.forbidden.reassign");
        }
        if (teamId != null && directory.findTeam(teamId).isEmpty()) {
            errors.add("teamId", "validation.reference");
            return null;
        }
        if (!visibility.writeScope(type).permits(ownerId, teamId)) {
            throw new ForbiddenException("outside write scope", "problem.forbidden.writeScope");
        }
        return new Owner(ownerId, teamId);
    }

    /** New owner and team on update; unchanged unless someone who may reassign asks for a change. */
    public Owner reassign(String type, OwnedRecord record, UUID requestedOwner, UUID requestedTeam,
            ValidationException.Collector errors) {
        Owner current = record.owner();
        UUID ownerId = requestedOwner == null ? current.ownerId() : requestedOwner;
        UUID teamId = requestedTeam == null ? current.teamId() : requestedTeam;
        boolean ownerChanged = !ownerId.equals(current.ownerId());
        boolean teamChanged = !Objects.equals(teamId, current.teamId());
        if (!ownerChanged && !teamChanged) {
            return current;
        }
        if (!visibility.requireUser().mayReassign()) {
            throw new ForbiddenException("only managers reassign records", "problem.forbidden.reassign");
        }
        if (ownerChanged) {
            UserSummary owner = directory.findUser(ownerId).filter(UserSummary::active).orElse(null);
            if (owner == null) {
                errors.add("ownerId", "validation.reference");
                return current;
            }
            if (requestedTeam == null) {
                teamId = owner.teamId();
            }
        }
        if (teamId != null && directory.findTeam(teamId).isEmpty()) {
            errors.add("teamId", "validation.reference");
            return current;
        }
        if (!visibility.writeScope(type).permits(ownerId, teamId, record.customerAccountId())) {
            throw new ForbiddenException("outside write scope", "problem.forbidden.writeScope");
        }
        return new Owner(ownerId, teamId);
    }

    /** Gives the record the owner and team that {@link #forNewRecord} or {@link #reassign} decided. */
    public void assign(OwnedRecord record, Owner owner) {
        record.assignTo(owner);
    }

    /**
     * The caller's read visibility of a record type as an SQL condition on the table with this alias
     * ({@code null} when every row is visible); its parameters go into {@code params}. Rows in the recycle bin
     * are never visible: for a type with a bin the condition always says {@code alias.deleted_at is null}.
     */
    public String visibleCondition(String type, String alias, Map<String, Object> params) {
        RecordType recordType = types.require(type);
        String customer = recordType.customerColumn() == null ? null : alias + "." + recordType.customerColumn();
        String scope = visibility.readScope(type).sqlCondition(alias + ".owner_id", alias + ".team_id", customer,
                params);
        if (!recordType.recycleBin()) {
            return scope;
        }
        String live = liveCondition(alias);
        return scope == null ? live : "(" + scope + ") and " + live;
    }

    /** The SQL condition leaving out the rows in the recycle bin, on the table with this alias. */
    public static String liveCondition(String alias) {
        return alias + ".deleted_at is null";
    }

    /** Names of the owner and team, for audit snapshots. */
    public Map<UUID, String> names(UUID ownerId, UUID teamId) {
        Map<UUID, String> names = new HashMap<>();
        if (ownerId != null) {
            directory.findUser(ownerId).ifPresent(u -> names.put(u.id(), u.fullName()));
        }
        if (teamId != null) {
            directory.findTeam(teamId).ifPresent(t -> names.put(t.id(), t.name()));
        }
        return names;
    }

    private static NotFoundException notFound(String type, UUID id) {
        return new NotFoundException(type.toLowerCase(java.util.Locale.ROOT), id);
    }
}
