package dev.orbita.shared;

import java.net.URI;
import java.net.URISyntaxException;

/** An absolute http(s) URL with a host, at most 2000 characters. Stored as given (trimmed). */
public record WebUrl(String value) {

    public static final int MAX_LENGTH = 2000;

    public WebUrl {
        value = validate(value);
    }

    public static WebUrl of(String raw) {
        return new WebUrl(raw);
    }

    public URI toUri() {
        return URI.create(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String validate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid();
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw invalid();
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid();
        }
        String scheme = uri.getScheme();
        boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        if (!web || !uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid();
        }
        return trimmed;
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("validation.url", "Not a valid http(s) URL");
    }
}
