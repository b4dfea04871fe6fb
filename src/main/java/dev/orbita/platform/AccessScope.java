package dev.orbita.platform;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records a user may reach for one kind of access: all of them, none, or those owned by
 * the user or belonging to one of a set of teams. Applies to get, list, search, export and UI.
 */
public record AccessScope(Scope scope, UUID userId, Set<UUID> teamIds) {

    public AccessScope {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    public static AccessScope all() {
        return new AccessScope(Scope.ALL, null, Set.of());
    }

    public static AccessScope none() {
        return new AccessScope(Scope.NONE, null, Set.of());
    }

    public boolean isAll() {
        return scope == Scope.ALL;
    }

    public boolean isNone() {
        return scope == Scope.NONE;
    }

    public boolean permits(UUID ownerId, UUID teamId) {
        return switch (scope) {
            case ALL -> true;
            case NONE -> false;
            case OWN -> userId != null && userId.equals(ownerId);
            case TEAM -> (userId != null && userId.equals(ownerId)) || (teamId != null && teamIds.contains(teamId));
        };
    }

    /**
     * An SQL condition restricting rows to this scope, for native list queries; parameters are
     * added to {@code params} under names prefixed {@code scope_}.
     */
    public String sqlCondition(String ownerColumn, String teamColumn, Map<String, Object> params) {
        switch (scope) {
            case ALL:
                return "1=1";
            case NONE:
                return "1=0";
            case OWN:
                params.put("scope_user", userId);
                return ownerColumn + " = :scope_user";
            default:
                params.put("scope_user", userId);
                if (teamIds.isEmpty()) {
                    return ownerColumn + " = :scope_user";
                }
                params.put("scope_teams", teamIds);
                return "(" + ownerColumn + " = :scope_user or " + teamColumn + " in (:scope_teams))";
        }
    }
}
