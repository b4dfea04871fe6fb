package dev.orbita.platform.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Which usernames may not sign in with a password right now, and until when: too many failed sign-ins
 * (the security package's login throttle answers). A throttled user's API tokens and open sessions
 * keep working.
 */
public interface SignInLocks {

    /** The usernames among these whose password sign-in is refused now, each with when that ends. */
    Map<String, Instant> lockedUntil(Collection<String> usernames);
}
