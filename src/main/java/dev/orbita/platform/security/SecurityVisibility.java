package dev.orbita.platform.security;

import dev.orbita.platform.AccessScope;
import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Scope;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.platform.identity.Team;
import dev.orbita.platform.identity.TeamRepository;
import dev.orbita.platform.identity.User;
import dev.orbita.platform.identity.UserRepository;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out, once per request, who the caller is and which records their roles let them read and
 * write: the widest scope among their roles, over their own records, their team's and the teams
 * they manage.
 */
@Component
class SecurityVisibility implements Visibility {

    private static final String ATTRIBUTE = SecurityVisibility.class.getName() + ".user";
    /** How long a user's roles and teams are reused across requests before being read again. */
    private static final long TTL_NANOS = java.time.Duration.ofSeconds(5).toNanos();

    private record Cached(CurrentUser user, Identity identity, long readAt) {
    }

    /** What a signed-in session must still agree with: the user exists, is active, same password and roles. */
    record Identity(boolean active, String credentials, java.util.Set<String> roles) {
    }

    private final java.util.concurrent.ConcurrentHashMap<UUID, Cached> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private final UserRepository users;
    private final TeamRepository teams;
    private final RoleCatalog roles;

    SecurityVisibility(UserRepository users, TeamRepository teams, RoleCatalog roles) {
        this.users = users;
        this.teams = teams;
        this.roles = roles;
    }

    /**
     * Not transactional itself: a request asks this many times and almost always hits the cache; the
     * two repository reads on a miss run in their own read-only transactions (roles come fetched).
     */
    @Override
    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof OrbitaPrincipal principal)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached
                && cached.id().equals(principal.userId())) {
            return Optional.of(cached);
        }
        Optional<CurrentUser> user = recentOrLoad(principal.userId()).filter(c -> c.identity().active())
                .map(Cached::user);
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    /** The user's standing as stored now (reused for 5 s), for checking open sessions against it. */
    Optional<Identity> identity(UUID userId) {
        return recentOrLoad(userId).map(Cached::identity);
    }

    private Optional<Cached> recentOrLoad(UUID userId) {
        long now = System.nanoTime();
        Cached cached = recent.get(userId);
        if (cached != null && now - cached.readAt() < TTL_NANOS) {
            return Optional.of(cached);
        }
        Optional<Cached> loaded = users.findWithRolesById(userId)
                .map(u -> new Cached(toCurrentUser(u), new Identity(u.isActive(),
                        OrbitaPrincipal.fingerprint(u.getPasswordHash()), java.util.Set.copyOf(u.getRoles())), now));
        loaded.ifPresentOrElse(c -> recent.put(userId, c), () -> recent.remove(userId));
        if (recent.size() > 10_000) {
            recent.clear();
        }
        return loaded;
    }

    /**
     * Forgets what was read about users after their roles, teams, password, state or language changed:
     * at once, and again after the change committed, so that no request caches the old state meanwhile.
     */
    @org.springframework.transaction.event.TransactionalEventListener(classes = dev.orbita.platform.identity.IdentityChanged.class,
            fallbackExecution = true)
    public void forgetUsersAfterCommit() {
        recent.clear();
    }

    @org.springframework.context.event.EventListener(dev.orbita.platform.identity.IdentityChanged.class)
    public void forgetUsers() {
        recent.clear();
    }

    @Override
    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "not signed in"));
    }

    @Override
    public AccessScope readScope(String recordType) {
        return currentUser().map(u -> scope(u, u.grants().read(recordType))).orElse(AccessScope.none());
    }

    @Override
    public AccessScope writeScope(String recordType) {
        return currentUser().map(u -> scope(u, u.grants().write(recordType))).orElse(AccessScope.none());
    }

    private static AccessScope scope(CurrentUser user, Scope scope) {
        if (user.kind() == CurrentUser.Kind.PORTAL) {
            return new AccessScope(Scope.CUSTOMER, user.id(), Set.of(), user.customerAccountId());
        }
        Set<UUID> teamIds = new HashSet<>(user.managedTeamIds());
        if (user.teamId() != null) {
            teamIds.add(user.teamId());
        }
        return new AccessScope(scope, user.id(), teamIds);
    }

    private CurrentUser toCurrentUser(User u) {
        dev.orbita.platform.ScopeGrants grants = dev.orbita.platform.ScopeGrants.none();
        Set<dev.orbita.platform.Permission> permissions = new HashSet<>();
        for (String role : u.getRoles()) {
            grants = grants.widest(roles.grants(role));
            permissions.addAll(roles.permissions(role));
        }
        Set<UUID> managed = teams.findByManagerId(u.getId()).stream().map(Team::getId).collect(Collectors.toSet());
        return new CurrentUser(u.getId(), u.getUsername(), u.getFullName(), u.getTeamId(), managed,
                Set.copyOf(u.getRoles()), grants, permissions, CurrentUser.Kind.STAFF, null, u.getLanguage(),
                u.getTimeZone());
    }
}
