package dev.orbita.platform;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in principal as the rest of the application sees them: a staff user with roles, or
 * (later) a customer-portal user who sees only the records of {@code customerAccountId}.
 */
public record CurrentUser(UUID id, String username, String fullName, UUID teamId, Set<UUID> managedTeamIds,
        Set<String> roles, ScopeGrants grants, Set<Permission> permissions, Kind kind, UUID customerAccountId,
        String language, String timeZone) {

    /** Which kind of principal this is. */
    public enum Kind {
        STAFF, PORTAL
    }

    public CurrentUser {
        managedTeamIds = Set.copyOf(managedTeamIds);
        roles = Set.copyOf(roles);
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(permissions);
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** May give records to another owner or team (a permission of the user's roles). */
    public boolean mayReassign() {
        return has(Permission.REASSIGN_RECORDS);
    }

    public String initials() {
        String[] parts = fullName.trim().split("\\s+");
        String first = parts[0].isEmpty() ? "?" : parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase();
    }
}
