package dev.orbita.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.platform.security.LoginAttempts.Outcome;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The throttle's counters on the database itself (H2, or PostgreSQL with {@code -Ppostgres}): taking a
 * check is atomic under contention, checks in flight count until they finish, a window ends and starts
 * again, and ended windows are deleted.
 */
@IntegrationTest
class LoginAttemptsTests {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    @Autowired
    LoginAttempts attempts;

    @Test
    void concurrentAttemptsOnANewKeyTakeExactlyTheLimitAndTheRestWaitUntilFailuresRefuseThem() throws Exception {
        String key = "test:" + Fixtures.unique("race");
        int limit = 7;
        int parallel = 60;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    Instant now = Instant.now();
                    return attempts.take(key, limit, now, now.minus(WINDOW));
                }));
            }
            start.countDown();
            List<Outcome> all = new ArrayList<>();
            for (Future<Outcome> future : outcomes) {
                all.add(future.get());
            }
            assertThat(all).filteredOn(o -> o == Outcome.TAKEN).hasSize(limit);
            assertThat(all).filteredOn(o -> o == Outcome.BUSY).as("only checks in flight").hasSize(parallel - limit);
        } finally {
            threads.shutdownNow();
        }

        Instant now = Instant.now();
        attempts.finished(key, false, limit, now);
        assertThat(attempts.take(key, limit, now, now.minus(WINDOW))).as("a right password gave its check back")
                .isEqualTo(Outcome.TAKEN);
        for (int i = 0; i < limit; i++) {
            attempts.finished(key, true, limit, now);
        }
        assertThat(attempts.take(key, limit, now, now.minus(WINDOW))).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void theFailureThatReachesTheLimitRestartsTheWindowAndAnEndedWindowStartsAgain() {
        String key = "test:" + Fixtures.unique("window");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(attempts.take(key, 2, t0, t0.minus(WINDOW))).isEqualTo(Outcome.TAKEN);
        attempts.finished(key, true, 2, t0);
        Instant t1 = t0.plusSeconds(60);
        assertThat(attempts.take(key, 2, t1, t1.minus(WINDOW))).isEqualTo(Outcome.TAKEN);
        assertThat(attempts.take(key, 2, t1, t1.minus(WINDOW))).as("one failure, one in flight").isEqualTo(Outcome.BUSY);
        attempts.finished(key, true, 2, t1);
        assertThat(attempts.windowStart(key)).as("restarted by the failure that reached the limit").contains(t1);

        Instant t2 = t0.plus(WINDOW).plusSeconds(1);
        assertThat(attempts.take(key, 2, t2, t2.minus(WINDOW))).as("the window of t0 would have ended")
                .isEqualTo(Outcome.REFUSED);
        assertThat(attempts.exhausted(List.of(key), 2, t2.minus(WINDOW))).containsEntry(key, t1);

        Instant t3 = t1.plus(WINDOW);
        assertThat(attempts.exhausted(List.of(key), 2, t3.minus(WINDOW))).isEmpty();
        assertThat(attempts.take(key, 2, t3, t3.minus(WINDOW))).as("a new window").isEqualTo(Outcome.TAKEN);
        assertThat(attempts.windowStart(key)).contains(t3);
    }

    @Test
    void rowsOfEndedWindowsAreDeleted() {
        String ended = "test:" + Fixtures.unique("ended");
        String current = "test:" + Fixtures.unique("current");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        attempts.take(ended, 5, now.minus(WINDOW).minusSeconds(1), now.minus(WINDOW).minus(WINDOW));
        attempts.take(current, 5, now, now.minus(WINDOW));

        attempts.deleteEnded(now.minus(WINDOW));

        assertThat(attempts.windowStart(ended)).isEmpty();
        assertThat(attempts.windowStart(current)).contains(now);
    }
}
