package dev.orbita.platform.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The login throttle's counters in the database, which every node shares: per throttle key, when its
 * window started, its wrong passwords and its password checks in flight ({@code pending}). A check is
 * allowed while {@code failures + pending < limit}, so parallel attempts can never have more passwords
 * checked than the limit. Every change is a single statement, atomic on H2 and PostgreSQL alike, that
 * commits on its own: concurrent sign-ins neither conflict nor wait on each other's transactions.
 */
@Component
class LoginAttempts {

    /** What became of an attempt to take a check. */
    enum Outcome {
        /** Taken: the password may be checked; {@link #finished} must follow. */
        TAKEN,
        /** The window's wrong passwords reached the limit. */
        REFUSED,
        /** Only checks in flight fill the limit: one may be free as soon as they finish. */
        BUSY
    }

    /** Keys per {@code in} list when reading many at once. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a password check for the key if its window has room. A window that started at or before
     * {@code ended} is over: it starts again now, with no failures.
     */
    Outcome take(String key, int limit, Instant now, Instant ended) {
        if (increment(key, limit, now, ended)) {
            return Outcome.TAKEN;
        }
        int inserted = jdbc.sql("""
                insert into login_throttle (throttle_key, window_start, failures, pending)
                values (:key, :now, 0, 1) on conflict do nothing""")
                .param("key", key).param("now", at(now)).update();
        // not inserted: the row exists, full, or written by a concurrent attempt since the update
        if (inserted == 1 || increment(key, limit, now, ended)) {
            return Outcome.TAKEN;
        }
        Optional<Integer> failures = jdbc.sql("""
                select failures from login_throttle where throttle_key = :key and window_start > :ended""")
                .param("key", key).param("ended", at(ended)).query(Integer.class).optional();
        return failures.isPresent() && failures.get() >= limit ? Outcome.REFUSED : Outcome.BUSY;
    }

    private boolean increment(String key, int limit, Instant now, Instant ended) {
        return jdbc.sql("""
                update login_throttle
                   set failures = case when window_start <= :ended then 0 else failures end,
                       pending = case when window_start <= :ended then 1 else pending + 1 end,
                       window_start = case when window_start <= :ended then :now else window_start end
                 where throttle_key = :key and (window_start <= :ended or failures + pending < :limit)""")
                .param("ended", at(ended)).param("now", at(now)).param("key", key).param("limit", limit)
                .update() == 1;
    }

    /**
     * A taken check is over. A wrong password counts as a failure, and the one that reaches the limit
     * starts the window again, so that the key then waits a whole window; a right one counts for nothing.
     */
    void finished(String key, boolean failed, int limit, Instant now) {
        jdbc.sql("""
                update login_throttle
                   set pending = case when pending > 0 then pending - 1 else 0 end,
                       failures = failures + :failed,
                       window_start = case when :failed = 1 and failures + 1 >= :limit then :now
                                           else window_start end
                 where throttle_key = :key""")
                .param("failed", failed ? 1 : 0).param("limit", limit).param("now", at(now)).param("key", key)
                .update();
    }

    Optional<Instant> windowStart(String key) {
        return jdbc.sql("select window_start from login_throttle where throttle_key = :key").param("key", key)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** The keys among these with {@code limit} failures in a window started after {@code ended}, with its start. */
    Map<String, Instant> exhausted(List<String> keys, int limit, Instant ended) {
        Map<String, Instant> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            jdbc.sql("""
                    select throttle_key, window_start from login_throttle
                     where throttle_key in (:keys) and failures >= :limit and window_start > :ended""")
                    .param("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
                    .param("limit", limit).param("ended", at(ended))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                    .list().forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /** Forgets the keys whose window is over: they would start again anyway. */
    int deleteEnded(Instant ended) {
        return jdbc.sql("delete from login_throttle where window_start <= :ended").param("ended", at(ended)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
