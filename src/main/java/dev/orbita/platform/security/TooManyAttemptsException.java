package dev.orbita.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: the username or the client address has used up
 * its attempts for now. Answered alike whether or not the username exists.
 */
class TooManyAttemptsException extends AuthenticationException {

    private final transient Duration retryAfter;

    TooManyAttemptsException(Duration retryAfter) {
        super("too many sign-in attempts");
        this.retryAfter = retryAfter;
    }

    /** When the key that refused has an attempt again (whole seconds, at least one). */
    Duration retryAfter() {
        return retryAfter;
    }
}
