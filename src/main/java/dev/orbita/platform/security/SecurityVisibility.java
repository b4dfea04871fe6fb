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
import org.springframework.transaction.annotation.Transactional;
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

    private final UserRepository users;
    private final TeamRepository teams;
    private final RoleCatalog roles;

    SecurityVisibility(UserRepository users, TeamRepository teams, RoleCatalog roles) {
        this.users = users;
        this.teams = teams;
        this.roles = roles;
    }

    @Override
    @Transactional(readOnly = true)
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
        Optional<CurrentUser> user = users.findWithRolesById(principal.userId()).map(this::toCurrentUser);
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    @Override
    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "not signed in"));
    }

    @Override
    public AccessScope readScope() {
        return currentUser().map(u -> scope(u, u.readScope())).orElse(AccessScope.none());
    }

    @Override
    public AccessScope writeScope() {
        return currentUser().map(u -> scope(u, u.writeScope())).orElse(AccessScope.none());
    }

    private static AccessScope scope(CurrentUser user, Scope scope) {
        Set<UUID> teamIds = new HashSet<>(user.managedTeamIds());
        if (user.teamId() != null) {
            teamIds.add(user.teamId());
        }
        return new AccessScope(scope, user.id(), teamIds);
    }

    private CurrentUser toCurrentUser(User u) {
        Scope read = Scope.NONE;
        Scope write = Scope.NONE;
        for (String role : u.getRoles()) {
            read = read.widest(roles.readScope(role));
            write = write.widest(roles.writeScope(role));
        }
        Set<UUID> managed = teams.findByManagerId(u.getId()).stream().map(Team::getId).collect(Collectors.toSet());
        return new CurrentUser(u.getId(), u.getUsername(), u.getFullName(), u.getTeamId(), managed,
                Set.copyOf(u.getRoles()), read, write, u.getLanguage(), u.getTimeZone());
    }
}
