package dev.orbita.platform.bulk;

import dev.orbita.shared.ValidationException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The list query parameters of a bulk request's {@code filter}, read by the record type's {@link BulkTarget}: each
 * getter names the parameter (and the list page's alias, if it differs) and collects a value it cannot read as a
 * field error on {@code filter.<name>}; {@link #check()} then refuses those errors and every parameter no getter
 * asked for, so that a typo never widens the selection to the whole list.
 */
public final class BulkFilter {

    private final Map<String, String> values;
    private final Set<String> read = new HashSet<>();
    private final ValidationException.Collector errors = new ValidationException.Collector();

    public BulkFilter(Map<String, ?> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (v != null && !(v instanceof String s && s.isBlank())) {
                    copy.put(k, v.toString().strip());
                }
            });
        }
        this.values = copy;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String text(String name, String... aliases) {
        return raw(name, aliases);
    }

    public UUID uuid(String name, String... aliases) {
        String raw = raw(name, aliases);
        if (raw == null) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            errors.add("filter." + name, "validation.invalid");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, String... aliases) {
        String raw = raw(name, aliases);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("filter." + name, "validation.enum", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    public Boolean bool(String name, String... aliases) {
        String raw = raw(name, aliases);
        if (raw == null) {
            return null;
        }
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.valueOf(raw);
        }
        errors.add("filter." + name, "validation.invalid");
        return null;
    }

    public Instant instant(String name, String... aliases) {
        String raw = raw(name, aliases);
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add("filter." + name, "validation.invalid");
            return null;
        }
    }

    /** Refuses values that were not understood and parameters the list does not have. */
    public void check() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                errors.add("filter." + key, "validation.bulk.unknownFilter");
            }
        }
        errors.throwIfAny();
    }

    private String raw(String name, String... aliases) {
        read.add(name);
        String value = values.get(name);
        for (String alias : aliases) {
            read.add(alias);
            if (value == null) {
                value = values.get(alias);
            }
        }
        return value;
    }
}
