package dev.orbita.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifier generation. {@link #newId()} returns RFC 9562 version 7 UUIDs: a 48-bit Unix-millisecond
 * timestamp followed by random bits, so ids sort by creation time (as {@code UUID}s and as strings).
 *
 * <p>Within one JVM ids are strictly increasing: inside the same millisecond the 12-bit {@code rand_a}
 * field works as a counter (RFC 9562 §6.2, method 1), seeded randomly at each new millisecond; on counter
 * overflow or when the clock goes backwards the timestamp is advanced past the last one used.
 */
public final class Ids {

    private static final Generator GENERATOR = new Generator(new SecureRandom());

    private Ids() {
    }

    public static UUID newId() {
        return GENERATOR.next(System.currentTimeMillis());
    }

    /** The Unix-millisecond timestamp embedded in a version 7 UUID. */
    public static long timestampMillis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("Not a version 7 UUID: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }

    /** Monotonic UUIDv7 generator; package-private so tests can drive the clock. */
    static final class Generator {

        private static final int COUNTER_MAX = 0xFFF;
        /** Random counter seeds stay below this bound to leave room for increments within a millisecond. */
        private static final int COUNTER_SEED_BOUND = 1 << 11;

        private final SecureRandom random;
        private long lastMillis = -1;
        private int counter;

        Generator(SecureRandom random) {
            this.random = random;
        }

        UUID next(long nowMillis) {
            long millis;
            int seq;
            synchronized (this) {
                if (nowMillis > lastMillis) {
                    lastMillis = nowMillis;
                    counter = random.nextInt(COUNTER_SEED_BOUND);
                } else if (++counter > COUNTER_MAX) {
                    lastMillis++;
                    counter = 0;
                }
                millis = lastMillis;
                seq = counter;
            }
            long msb = ((millis & 0xFFFF_FFFF_FFFFL) << 16) | (0x7L << 12) | seq;
            long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb);
        }
    }
}
