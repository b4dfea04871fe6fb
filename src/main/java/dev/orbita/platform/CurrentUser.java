package dev.orbita.platform;

import java.util.Set;
import java.util.UUID;

/** The signed-in user as the rest of the application sees them. */
public record CurrentUser(UUID id, String username, String fullName, UUID teamId, Set<UUID> managedTeamIds,
        Set<String> roles, Scope readScope, Scope writeScope, String language, String timeZone) {

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean canManageRecords() {
        return isAdmin() || roles.contains("SALES_MANAGER");
    }

    public String initials() {
        String[] parts = fullName.trim().split("\\s+");
        String first = parts[0].isEmpty() ? "?" : parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase();
    }
}
