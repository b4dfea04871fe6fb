package dev.orbita.web;

import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.check.RequestChecks;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a raw query string the strict way: every {@code %XX} escape well-formed, the bytes valid
 * UTF-8 (no overlong forms such as {@code %C0%AF}, no encoded surrogates), no NUL. Tomcat would
 * throw on the first two at the first {@code getParameter}; PostgreSQL refuses the third.
 */
final class QueryStrings {

    private static final int MAX_NAME = 50;

    private QueryStrings() {
    }

    /** One violation per bad parameter, named by its name when that decodes, else {@code query}. */
    static List<FieldViolation> violations(String rawQuery) {
        List<FieldViolation> violations = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return violations;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            Optional<String> name = decode(eq < 0 ? pair : pair.substring(0, eq));
            Optional<String> value = eq < 0 ? Optional.of("") : decode(pair.substring(eq + 1));
            if (name.isEmpty()) {
                violations.add(FieldViolation.of("query", "validation.encoding"));
            } else if (value.isEmpty()) {
                violations.add(FieldViolation.of(printable(name.get()), "validation.encoding"));
            } else if (!RequestChecks.storable(name.get()) || !RequestChecks.storable(value.get())) {
                violations.add(FieldViolation.of(printable(name.get()), "validation.text"));
            }
        }
        return violations;
    }

    /** The text of one {@code application/x-www-form-urlencoded} part, or empty when not valid UTF-8. */
    static Optional<String> decode(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= part.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c <= 0xFF) {
                bytes.write(c); // an unescaped byte, as the container read it
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A parameter name fit to be echoed in a problem: printable ASCII, at most 50 characters. */
    static String printable(String name) {
        String cleaned = name.codePoints().filter(c -> c >= 0x20 && c < 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (cleaned.isEmpty()) {
            return "query";
        }
        return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
    }
}
