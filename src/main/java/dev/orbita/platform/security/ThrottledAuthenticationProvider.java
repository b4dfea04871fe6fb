package dev.orbita.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in (form login and HTTP Basic on every chain): the attempt takes a check
 * from the login throttle first, and only an attempt that got one has its password checked; whatever
 * the outcome, the check is finished (a wrong password, an unknown or inactive user count as failures). As the only
 * {@link AuthenticationProvider} bean it is the global authentication manager's provider; no other
 * path checks a password.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.take(authentication.getName(), address);
        boolean failed = true;
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            failed = false;
            return authenticated;
        } finally {
            throttle.finished(attempt, failed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
