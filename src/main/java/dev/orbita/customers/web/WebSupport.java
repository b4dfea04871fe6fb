package dev.orbita.customers.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers of the customer controllers. */
final class WebSupport {

    private WebSupport() {
    }

    /** Parses an optional query value; a bad one becomes null and sets the warning flag. */
    static <T> T parse(String raw, Function<String, T> parser, boolean[] bad) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (RuntimeException e) {
            bad[0] = true;
            return null;
        }
    }

    static <E extends Enum<E>> E parseEnum(String raw, Class<E> type, boolean[] bad) {
        return parse(raw, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)), bad);
    }

    static UUID parseUuid(String raw, boolean[] bad) {
        return parse(raw, UUID::fromString, bad);
    }

    static Integer parseInt(String raw, boolean[] bad) {
        return parse(raw, Integer::valueOf, bad);
    }
}
