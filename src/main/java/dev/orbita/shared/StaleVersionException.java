package dev.orbita.shared;

/** A write was based on an older version of the record than the one stored. */
public class StaleVersionException extends RuntimeException {

    private final boolean fromIfMatch;

    public StaleVersionException(long expected, long actual, boolean fromIfMatch) {
        super("version " + expected + " is stale, current version is " + actual);
        this.fromIfMatch = fromIfMatch;
    }

    public boolean fromIfMatch() {
        return fromIfMatch;
    }
}
