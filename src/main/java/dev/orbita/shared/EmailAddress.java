package dev.orbita.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plausible e-mail address (a pragmatic subset of RFC 5322: dot-atom local part, DNS host name domain).
 * The local part is kept as given, the domain is lower-cased.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_PART_LENGTH = 64;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern PATTERN = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+[A-Za-z]{2,63})");

    public EmailAddress {
        value = normalize(value);
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    private static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid();
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw invalid();
        }
        var matcher = PATTERN.matcher(trimmed);
        if (!matcher.matches()) {
            throw invalid();
        }
        String local = matcher.group(1);
        if (local.length() > MAX_LOCAL_PART_LENGTH) {
            throw invalid();
        }
        return local + "@" + matcher.group(2).toLowerCase(Locale.ROOT);
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("validation.email", "Not a valid e-mail address");
    }

    @Override
    public String toString() {
        return value;
    }
}
