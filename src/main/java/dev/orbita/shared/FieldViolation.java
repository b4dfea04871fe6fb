package dev.orbita.shared;

/** One invalid field: its path in the request (e.g. {@code emails[0].address}) and a message key. */
public record FieldViolation(String field, String messageKey, Object... args) {

    public static FieldViolation of(String field, String messageKey, Object... args) {
        return new FieldViolation(field, messageKey, args);
    }
}
