package dev.orbita.platform.security;

import dev.orbita.platform.identity.SignInLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling (ADR 015). Before a password is checked, the attempt takes a check from its
 * username's key ({@code max-failed-logins} per window) and from its client address's key
 * ({@code max-failed-logins-per-address}); checks in flight count until they finish, so however many
 * attempts arrive at once no more passwords are checked than the limit. An attempt kept out only by
 * checks in flight waits for them (right passwords give their check back); one kept out by failures
 * is refused without its password being checked. The failure that reaches a limit starts the window
 * again: the key then waits {@code lockout}. Keys of ended windows are deleted now and then.
 */
@Component
class LoginThrottle implements SignInLocks {

    private static final long SWEEP_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();
    /** How long an attempt waits for checks in flight before it is refused after all. */
    private static final long MAX_WAIT_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long POLL_MILLIS = 20;

    /** The keys an attempt took a check from, to be finished when the password has been checked. */
    record Attempt(String userKey, String addressKey) {
    }

    private final LoginAttempts attempts;
    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final AtomicLong nextSweep = new AtomicLong();

    LoginThrottle(LoginAttempts attempts, @Value("${orbita.security.max-failed-logins:5}") int perUser,
            @Value("${orbita.security.max-failed-logins-per-address:20}") int perAddress,
            @Value("${orbita.security.lockout:5m}") Duration window) {
        if (perUser < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("orbita.security: max-failed-logins, max-failed-logins-per-address "
                    + "and lockout must be positive");
        }
        this.attempts = attempts;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Takes a password check for this username from this client address, waiting if need be, or refuses. */
    Attempt take(String username, String remoteAddress) {
        String user = ThrottleKeys.user(username);
        String address = ThrottleKeys.address(remoteAddress);
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        sweepNowAndThen();
        while (true) {
            Instant now = Instant.now();
            Instant ended = now.minus(window);
            String busy = user;
            LoginAttempts.Outcome forUser = attempts.take(user, perUser, now, ended);
            if (forUser == LoginAttempts.Outcome.REFUSED) {
                throw refused(user, now);
            }
            if (forUser == LoginAttempts.Outcome.TAKEN) {
                LoginAttempts.Outcome forAddress = address == null ? LoginAttempts.Outcome.TAKEN
                        : attempts.take(address, perAddress, now, ended);
                if (forAddress == LoginAttempts.Outcome.TAKEN) {
                    return new Attempt(user, address);
                }
                attempts.finished(user, false, perUser, now);
                if (forAddress == LoginAttempts.Outcome.REFUSED) {
                    throw refused(address, now);
                }
                busy = address;
            }
            if (System.nanoTime() - deadline > 0) {
                throw refused(busy, now);
            }
            pause();
        }
    }

    /** The password of a taken attempt has been checked: a wrong one counts against both keys. */
    void finished(Attempt attempt, boolean failed) {
        Instant now = Instant.now();
        attempts.finished(attempt.userKey(), failed, perUser, now);
        if (attempt.addressKey() != null) {
            attempts.finished(attempt.addressKey(), failed, perAddress, now);
        }
    }

    @Override
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        Map<String, String> byKey = new HashMap<>();
        usernames.forEach(u -> byKey.put(ThrottleKeys.user(u), u));
        Map<String, Instant> locked = new HashMap<>();
        attempts.exhausted(List.copyOf(byKey.keySet()), perUser, Instant.now().minus(window))
                .forEach((key, start) -> locked.put(byKey.get(key), start.plus(window)));
        return locked;
    }

    private TooManyAttemptsException refused(String key, Instant now) {
        Duration left = attempts.windowStart(key).map(start -> Duration.between(now, start.plus(window)))
                .orElse(Duration.ZERO);
        long seconds = Math.min(window.toSeconds(), (left.toMillis() + 999) / 1000);
        return new TooManyAttemptsException(Duration.ofSeconds(Math.max(1, seconds)));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyAttemptsException(Duration.ofSeconds(1));
        }
    }

    private void sweepNowAndThen() {
        long now = System.currentTimeMillis();
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY_MILLIS)) {
            attempts.deleteEnded(Instant.now().minus(window));
        }
    }
}
