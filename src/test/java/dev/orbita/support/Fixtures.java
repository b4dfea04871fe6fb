package dev.orbita.support;

import dev.orbita.platform.identity.TeamRequest;
import dev.orbita.platform.identity.TeamResponse;
import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserRequest;
import dev.orbita.platform.identity.UserResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Users and teams for tests, with unique names so that tests never depend on each other's data. */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserManagement users;

    public Fixtures(UserManagement users) {
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + SEQ.incrementAndGet();
    }

    public TeamResponse team() {
        return users.createTeam(new TeamRequest(unique("Team"), null));
    }

    public UserResponse user(String role, UUID teamId) {
        String username = unique(role.toLowerCase().replace('_', '.'));
        return users.create(new UserRequest(username, PASSWORD, "Test " + username, username + "@example.com",
                "en", "America/Sao_Paulo", List.of(role), teamId, true));
    }

    /** A user with a password of its own, for tests that count how often a password is checked. */
    public UserResponse userWithPassword(String role, String password) {
        String username = unique(role.toLowerCase().replace('_', '.'));
        return users.create(new UserRequest(username, password, "Test " + username, username + "@example.com",
                "en", "America/Sao_Paulo", List.of(role), null, true));
    }

    /** A user who reads Orbita in another language ({@code pt-BR}, {@code pt-PT}). */
    public UserResponse userWithLanguage(String role, UUID teamId, String language) {
        String username = unique(role.toLowerCase().replace('_', '.'));
        return users.create(new UserRequest(username, PASSWORD, "Test " + username, username + "@example.com",
                language, "America/Sao_Paulo", List.of(role), teamId, true));
    }

    public void makeManager(UUID teamId, UUID managerId) {
        TeamResponse team = users.team(teamId);
        users.updateTeam(teamId, new TeamRequest(team.name(), managerId), null);
    }
}
