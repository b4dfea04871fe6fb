package dev.orbita.bench;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs in the version 7 layout (48-bit Unix milliseconds, version, 12-bit sequence,
 * variant, 62 random bits), like the ones the application creates. One instance per thread.
 */
final class TimeIds {

    private final SplittableRandom random;
    private long lastMillis = -1;
    private int sequence;

    TimeIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    UUID next() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            sequence = random.nextInt(1 << 10);
        } else if (++sequence > 0xFFF) {
            lastMillis++;
            sequence = 0;
        }
        long msb = (lastMillis << 16) | 0x7000L | sequence;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
