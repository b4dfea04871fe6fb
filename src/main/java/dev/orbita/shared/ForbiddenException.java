package dev.orbita.shared;

/**
 * The caller may see the record but not do this to it. {@link #reasonKey()} is the message key of the reason
 * shown to the caller (a problem's detail, a refused row of a bulk action).
 */
public class ForbiddenException extends RuntimeException {

    /** The reason given when nothing more specific is known. */
    public static final String GENERIC_REASON = "problem.forbidden.detail";

    private final String reasonKey;

    public ForbiddenException(String message) {
        this(message, GENERIC_REASON);
    }

    public ForbiddenException(String message, String reasonKey) {
        super(message);
        this.reasonKey = reasonKey == null ? GENERIC_REASON : reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
