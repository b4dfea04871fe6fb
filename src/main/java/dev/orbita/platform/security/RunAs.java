package dev.orbita.platform.security;

import dev.orbita.platform.identity.UserRepository;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work of a user outside a request (a background bulk job) with that user's identity as it is stored now: the
 * same roles, scopes and permissions a request of theirs would have, and audit entries in their name. A user who
 * was deactivated or removed meanwhile runs nothing ({@link #as} answers false).
 */
@Component
public class RunAs {

    private final UserRepository users;

    RunAs(UserRepository users) {
        this.users = users;
    }

    /** Runs {@code work} as the user in the given locale; false (nothing run) when the user is gone or inactive. */
    public boolean as(UUID userId, Locale locale, Runnable work) {
        return call(userId, locale, () -> {
            work.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Like {@link #as}, answering the work's result, or null when the user is gone or inactive. */
    public <T> T call(UUID userId, Locale locale, Supplier<T> work) {
        OrbitaPrincipal principal = users.findWithRolesById(userId).filter(u -> u.isActive())
                .map(OrbitaUserDetailsService::principal).orElse(null);
        if (principal == null) {
            return null;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        Locale previousLocale = LocaleContextHolder.getLocale();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            LocaleContextHolder.setLocale(previousLocale);
        }
    }
}
