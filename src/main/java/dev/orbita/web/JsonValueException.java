package dev.orbita.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that is well-formed but that Orbita refuses for every field (text it cannot store,
 * an instant outside what a database keeps): answered as a validation error of the field at the
 * exception's path, with this message key.
 */
public class JsonValueException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    JsonValueException(JsonParser parser, Class<?> type, String messageKey, Object... args) {
        super(parser, "refused " + type.getSimpleName() + " value (" + messageKey + ")", null, type);
        this.field = path(parser.streamReadContext());
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /**
     * The JSON path of the refused value as the parser saw it ({@code phones[0].number}), also inside
     * untyped maps (a merge patch), where Jackson's own reference path stops at the top property.
     */
    public String field() {
        return field;
    }

    private static String path(TokenStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                parts.addFirst("." + c.currentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
