package dev.orbita.platform;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records of one type a principal may reach for one kind of access: all of them, none, those
 * owned by the user or belonging to one of a set of teams, or (for customer-portal principals) those
 * of one customer account. One decision, rendered three ways: a check ({@link #permits}), an SQL
 * condition for lists ({@link #sqlCondition}) and a Lucene filter (in the search module).
 */
public record AccessScope(Scope scope, UUID userId, Set<UUID> teamIds, UUID customerId) {

    public AccessScope {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    public AccessScope(Scope scope, UUID userId, Set<UUID> teamIds) {
        this(scope, userId, teamIds, null);
    }

    public static AccessScope all() {
        return new AccessScope(Scope.ALL, null, Set.of(), null);
    }

    public static AccessScope none() {
        return new AccessScope(Scope.NONE, null, Set.of(), null);
    }

    public boolean isAll() {
        return scope == Scope.ALL;
    }

    /** Reaches no record at all (also a customer scope without a customer). */
    public boolean isNone() {
        return scope == Scope.NONE || (scope == Scope.CUSTOMER && customerId == null)
                || ((scope == Scope.OWN || scope == Scope.TEAM) && userId == null);
    }

    /** For records that belong to no customer account. */
    public boolean permits(UUID ownerId, UUID teamId) {
        return permits(ownerId, teamId, null);
    }

    public boolean permits(UUID ownerId, UUID teamId, UUID recordCustomerId) {
        return switch (scope) {
            case ALL -> true;
            case NONE -> false;
            case OWN -> userId != null && userId.equals(ownerId);
            case TEAM -> (userId != null && userId.equals(ownerId)) || (teamId != null && teamIds.contains(teamId));
            case CUSTOMER -> customerId != null && customerId.equals(recordCustomerId);
        };
    }

    /**
     * An SQL condition restricting rows to this scope, for native list queries; parameters are
     * added to {@code params} under names prefixed {@code scope_}. {@code null} when every row is
     * visible, so that the list runner knows the table is unfiltered.
     */
    public String sqlCondition(String ownerColumn, String teamColumn, Map<String, Object> params) {
        return sqlCondition(ownerColumn, teamColumn, null, params);
    }

    public String sqlCondition(String ownerColumn, String teamColumn, String customerColumn,
            Map<String, Object> params) {
        if (isNone()) {
            return "1=0";
        }
        switch (scope) {
            case ALL:
                return null;
            case CUSTOMER:
                if (customerColumn == null) {
                    return "1=0";
                }
                params.put("scope_customer", customerId);
                return customerColumn + " = :scope_customer";
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
