package dev.orbita.shared;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTests {

    @Test
    void producesVersion7UuidsWithRfcVariant() {
        UUID id = Ids.newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void embedsCurrentUnixMillis() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();

        // may run slightly ahead of the clock when many ids were generated in the same millisecond
        assertThat(Ids.timestampMillis(id)).isBetween(before, after + 50);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsStrings() throws InterruptedException {
        UUID earlier = Ids.newId();
        Thread.sleep(2);
        UUID later = Ids.newId();

        assertThat(later.toString()).isGreaterThan(earlier.toString());
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void idsGeneratedInATightLoopAreUniqueAndStrictlyIncreasing() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.newId().toString());
        }

        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids).isSorted();
    }

    @Test
    void idsAreUniqueAcrossThreads() throws InterruptedException {
        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    ids.add(Ids.newId());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(new HashSet<>(ids)).hasSize(8 * 2_000);
    }

    @Test
    void staysStrictlyIncreasingWhenTheCounterOverflowsWithinOneMillisecond() {
        var generator = new Ids.Generator(new SecureRandom());
        long now = 1_700_000_000_000L;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) { // far more than the 4096 counter values of one millisecond
            ids.add(generator.next(now));
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
        assertThat(Ids.timestampMillis(ids.get(0))).isEqualTo(now);
        assertThat(Ids.timestampMillis(ids.get(ids.size() - 1))).isGreaterThan(now);
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void staysStrictlyIncreasingWhenTheClockGoesBackwards() {
        var generator = new Ids.Generator(new SecureRandom());
        UUID first = generator.next(1_700_000_000_500L);
        UUID second = generator.next(1_700_000_000_000L);
        UUID third = generator.next(1_700_000_000_501L);

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(Ids.timestampMillis(third)).isEqualTo(1_700_000_000_501L);
    }

    @Test
    void timestampMillisRejectsOtherVersions() {
        assertThatThrownBy(() -> Ids.timestampMillis(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
