package dev.orbita.platform.identity;

import dev.orbita.shared.EmailAddress;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing users and teams (admin work), with every rule checked before a write. */
@Service
public class UserManagement {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    static final int MIN_PASSWORD = 10;
    /**
     * BCrypt reads at most 72 bytes of a password (UTF-8): 72 plain letters, fewer with accents or
     * emoji. A longer one is refused rather than silently cut, and can never be the right one at sign-in.
     */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final TeamRepository teams;
    private final RoleCatalog roles;
    private final PasswordEncoder encoder;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SignInLocks locks;

    UserManagement(UserRepository users, TeamRepository teams, RoleCatalog roles, PasswordEncoder encoder,
            org.springframework.context.ApplicationEventPublisher events, SignInLocks locks) {
        this.events = events;
        this.locks = locks;
        this.users = users;
        this.teams = teams;
        this.roles = roles;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<UserResponse> users() {
        List<User> all = users.findAllByOrderByFullName();
        Map<String, Instant> locked = locks.lockedUntil(all.stream().map(User::getUsername).toList());
        return all.stream().map(u -> UserResponse.of(u, locked.get(u.getUsername()))).toList();
    }

    @Transactional(readOnly = true)
    public UserResponse user(UUID id) {
        return response(users.findWithRolesById(id).orElseThrow(() -> new NotFoundException("user", id)));
    }

    @Transactional
    public UserResponse create(UserRequest request) {
        var errors = new ValidationException.Collector();
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            errors.add("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "validation.username");
        } else if (users.existsByUsername(username)) {
            errors.add("username", "validation.username.taken");
        }
        checkPassword(request.password(), true, errors);
        Set<String> roleCodes = checkCommon(request, errors);
        errors.throwIfAny();
        User user = new User(username, encoder.encode(request.password()), request.fullName().trim());
        apply(user, request, roleCodes);
        return response(users.save(user));
    }

    @Transactional
    public UserResponse update(UUID id, UserRequest request, Long expectedVersion) {
        User user = users.findWithRolesById(id).orElseThrow(() -> new NotFoundException("user", id));
        StaleVersionException.check(null, expectedVersion, user.getVersion());
        var errors = new ValidationException.Collector();
        if (request.username() != null && !request.username().trim().equalsIgnoreCase(user.getUsername())) {
            errors.add("username", "validation.username.immutable");
        }
        checkPassword(request.password(), false, errors);
        Set<String> roleCodes = checkCommon(request, errors);
        errors.throwIfAny();
        apply(user, request, roleCodes);
        if (request.password() != null && !request.password().isEmpty()) {
            user.changePassword(encoder.encode(request.password()));
        }
        users.flush();
        events.publishEvent(new IdentityChanged());
        return response(user);
    }

    private UserResponse response(User user) {
        return UserResponse.of(user, locks.lockedUntil(List.of(user.getUsername())).get(user.getUsername()));
    }

    @Transactional
    public void changeLanguage(UUID userId, String language) {
        if (!Languages.isSupported(language)) {
            throw ValidationException.of("language", "validation.language", String.join(", ", Languages.SUPPORTED));
        }
        users.findById(userId).ifPresent(u -> u.changeLanguage(language));
        events.publishEvent(new IdentityChanged());
    }

    @Transactional(readOnly = true)
    public List<TeamResponse> teams() {
        return teams.findAllByOrderByName().stream().map(TeamResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public TeamResponse team(UUID id) {
        return TeamResponse.of(teams.findById(id).orElseThrow(() -> new NotFoundException("team", id)));
    }

    @Transactional
    public TeamResponse createTeam(TeamRequest request) {
        String name = checkTeam(request, null);
        events.publishEvent(new IdentityChanged());
        return TeamResponse.of(teams.save(new Team(name, request.managerId())));
    }

    @Transactional
    public TeamResponse updateTeam(UUID id, TeamRequest request, Long expectedVersion) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
        StaleVersionException.check(null, expectedVersion, team.getVersion());
        String name = checkTeam(request, team);
        team.update(name, request.managerId());
        teams.flush();
        events.publishEvent(new IdentityChanged());
        return TeamResponse.of(team);
    }

    @Transactional
    public void deleteTeam(UUID id) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
        if (!users.findByTeamId(id).isEmpty()) {
            throw ValidationException.of("id", "validation.team.notEmpty");
        }
        teams.delete(team);
        events.publishEvent(new IdentityChanged());
    }

    private String checkTeam(TeamRequest request, Team existing) {
        var errors = new ValidationException.Collector();
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty()) {
            errors.add("name", "validation.required");
        } else if (name.length() > 200) {
            errors.add("name", "validation.size.max", 200);
        } else if ((existing == null || !existing.getName().equals(name)) && teams.existsByName(name)) {
            errors.add("name", "validation.team.taken");
        }
        if (request.managerId() != null && !users.existsById(request.managerId())) {
            errors.add("managerId", "validation.reference");
        }
        errors.throwIfAny();
        return name;
    }

    private void checkPassword(String password, boolean required, ValidationException.Collector errors) {
        if (password == null || password.isEmpty()) {
            if (required) {
                errors.add("password", "validation.required");
            }
        } else if (password.length() < MIN_PASSWORD) {
            errors.add("password", "validation.password", MIN_PASSWORD);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("password", "validation.password.bytes", MAX_PASSWORD_BYTES);
        }
    }

    private Set<String> checkCommon(UserRequest request, ValidationException.Collector errors) {
        if (request.fullName() == null || request.fullName().isBlank()) {
            errors.add("fullName", "validation.required");
        } else if (request.fullName().length() > 200) {
            errors.add("fullName", "validation.size.max", 200);
        }
        if (request.email() != null && !request.email().isBlank()) {
            errors.value("email", () -> EmailAddress.of(request.email()));
        }
        if (request.language() != null && !Languages.isSupported(request.language())) {
            errors.add("language", "validation.language", String.join(", ", Languages.SUPPORTED));
        }
        if (request.timeZone() != null) {
            try {
                ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                errors.add("timeZone", "validation.timeZone");
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        if (request.roles() == null || request.roles().isEmpty()) {
            errors.add("roles", "validation.required");
        } else {
            for (int i = 0; i < request.roles().size(); i++) {
                String code = request.roles().get(i);
                if (code == null || !roles.exists(code)) {
                    errors.add("roles[" + i + "]", "validation.role");
                } else {
                    codes.add(code);
                }
            }
        }
        if (request.teamId() != null && !teams.existsById(request.teamId())) {
            errors.add("teamId", "validation.reference");
        }
        return codes;
    }

    private static void apply(User user, UserRequest request, Set<String> roleCodes) {
        String email = request.email() == null || request.email().isBlank() ? null
                : EmailAddress.of(request.email()).value();
        user.update(request.fullName().trim(), email,
                request.language() == null ? user.getLanguage() : request.language(),
                request.timeZone() == null ? user.getTimeZone() : request.timeZone(), request.teamId(),
                request.active() == null || request.active(), roleCodes);
    }
}
