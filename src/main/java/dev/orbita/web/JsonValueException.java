package dev.orbita.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that is well-formed but that Orbita refuses for every field (text it cannot store,
 * an instant outside what a database keeps): answered as a validation error of the field at the
 * exception's path, with this message key.
 */
public class JsonValueException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    JsonValueException(JsonParser parser, Class<?> type, String messageKey, Object... args) {
        super(parser, "refused " + type.getSimpleName() + " value (" + messageKey + ")", null, type);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
