package dev.orbita.customers.common;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.Visibility;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who owns a customer record and which team it belongs to, and who may read, write or reassign it.
 * A new record belongs to its creator (or the owner named by a manager or admin) and to the owner's
 * team; only managers and admins may change owner or team.
 */
@Component
public class Ownership {

    /** Owner and team of a record. */
    public record Owner(UUID ownerId, UUID teamId) {
    }

    private final Visibility visibility;
    private final UserDirectory directory;

    Ownership(Visibility visibility, UserDirectory directory) {
        this.visibility = visibility;
        this.directory = directory;
    }

    /** Owner and team for a new record, checking the caller may create it. */
    public Owner forNewRecord(UUID requestedOwner, UUID requestedTeam, ValidationException.Collector errors) {
        CurrentUser me = visibility.requireUser();
        if (visibility.writeScope().isNone()) {
            throw new ForbiddenException("read-only");
        }
        UUID ownerId = requestedOwner == null ? me.id() : requestedOwner;
        if (!ownerId.equals(me.id()) && !me.canManageRecords()) {
            throw new ForbiddenException("only managers assign records to others");
        }
        UserSummary owner = directory.findUser(ownerId).filter(UserSummary::active).orElse(null);
        if (owner == null) {
            errors.add("ownerId", "validation.reference");
            return null;
        }
        UUID teamId = requestedTeam == null ? owner.teamId() : requestedTeam;
        if (requestedTeam != null && !me.canManageRecords() && !Objects.equals(requestedTeam, owner.teamId())) {
            throw new ForbiddenException("only managers choose the team");
        }
        if (teamId != null && directory.findTeam(teamId).isEmpty()) {
            errors.add("teamId", "validation.reference");
            return null;
        }
        if (!visibility.canWrite(ownerId, teamId)) {
            throw new ForbiddenException("outside write scope");
        }
        return new Owner(ownerId, teamId);
    }

    /** Checks the caller may change a record: not visible → 404, visible but not writable → 403. */
    public void checkWritable(String resource, UUID id, UUID ownerId, UUID teamId) {
        checkReadable(resource, id, ownerId, teamId);
        if (!visibility.canWrite(ownerId, teamId)) {
            throw new ForbiddenException("outside write scope");
        }
    }

    public void checkReadable(String resource, UUID id, UUID ownerId, UUID teamId) {
        if (!visibility.canRead(ownerId, teamId)) {
            throw new NotFoundException(resource, id);
        }
    }

    /** New owner and team on update; unchanged unless a manager or admin asks for a change. */
    public Owner reassign(Owner current, UUID requestedOwner, UUID requestedTeam, ValidationException.Collector errors) {
        UUID ownerId = requestedOwner == null ? current.ownerId() : requestedOwner;
        UUID teamId = requestedTeam == null ? current.teamId() : requestedTeam;
        boolean ownerChanged = !ownerId.equals(current.ownerId());
        boolean teamChanged = !Objects.equals(teamId, current.teamId());
        if (!ownerChanged && !teamChanged) {
            return current;
        }
        if (!visibility.requireUser().canManageRecords()) {
            throw new ForbiddenException("only managers reassign records");
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
        if (!visibility.canWrite(ownerId, teamId)) {
            throw new ForbiddenException("outside write scope");
        }
        return new Owner(ownerId, teamId);
    }

    /** Names of owners, teams (and other ids) for audit snapshots. */
    public java.util.Map<UUID, String> names(UUID ownerId, UUID teamId) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        directory.findUser(ownerId).ifPresent(u -> names.put(u.id(), u.fullName()));
        if (teamId != null) {
            directory.findTeam(teamId).ifPresent(t -> names.put(t.id(), t.name()));
        }
        return names;
    }
}
