package dev.orbita.shared;

/** A write was based on an older version of the record than the one stored. */
public class StaleVersionException extends RuntimeException {

    private final boolean fromIfMatch;

    public StaleVersionException(long expected, long actual, boolean fromIfMatch) {
        super("version " + expected + " is stale, current version is " + actual);
        this.fromIfMatch = fromIfMatch;
    }

    /**
     * Checks a write against the stored version: an {@code If-Match} version (stale → 412) and a
     * version in the body (stale → 409); either may be absent.
     */
    public static void check(Long ifMatch, Long bodyVersion, long current) {
        if (ifMatch != null && ifMatch != current) {
            throw new StaleVersionException(ifMatch, current, true);
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw new StaleVersionException(bodyVersion, current, false);
        }
    }

    public boolean fromIfMatch() {
        return fromIfMatch;
    }
}
