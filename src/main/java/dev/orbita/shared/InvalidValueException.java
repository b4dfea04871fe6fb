package dev.orbita.shared;

import java.io.Serial;

/**
 * Thrown by the self-validating value types in this package when raw input does not describe a valid value.
 *
 * <p>The {@link #messageKey()} and {@link #args()} are meant to be resolved against a {@code MessageSource}
 * (for example to attach a field error to a form); {@link #getMessage()} carries an English default.
 */
public class InvalidValueException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] args;

    public InvalidValueException(String messageKey, String defaultMessage, Object... args) {
        super(defaultMessage);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
