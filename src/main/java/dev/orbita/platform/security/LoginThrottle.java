package dev.orbita.platform.security;

import dev.orbita.platform.identity.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user for a while after repeated wrong passwords (form login and HTTP Basic alike), so
 * that passwords cannot be guessed at speed. The counter lives in the database: every node sees it.
 */
@Component
class LoginThrottle {

    private final UserRepository users;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(UserRepository users, @Value("${orbita.security.max-failed-logins:5}") int maxFailures,
            @Value("${orbita.security.lockout:5m}") Duration lockout) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username) {
            users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                    .ifPresent(u -> u.loginFailed(maxFailures, lockout, Instant.now()));
        }
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OrbitaPrincipal p) {
            users.findById(p.userId()).filter(u -> u.getFailedLogins() > 0 || u.getLockedUntil() != null)
                    .ifPresent(u -> u.loginSucceeded());
        }
    }

}
