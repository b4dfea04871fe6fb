package dev.orbita.platform.ui;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks shared by the contribution records. */
final class UiKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final String ID = "{id}";

    private UiKeys() {
    }

    /** A key is lower-case words joined by hyphens: it ends up in element ids and in {@code ?tab=} links. */
    static String key(String key, String what) {
        Objects.requireNonNull(key, what);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case words joined by hyphens: " + key);
        }
        return key;
    }

    static String path(String url, String what) {
        Objects.requireNonNull(url, what);
        if (!url.startsWith("/")) {
            throw new IllegalArgumentException(what + " must be a path of this application: " + url);
        }
        return url;
    }

    static String template(String urlTemplate, String what) {
        path(urlTemplate, what);
        if (!urlTemplate.contains(ID)) {
            throw new IllegalArgumentException(what + " must contain " + ID + ": " + urlTemplate);
        }
        return urlTemplate;
    }

    static String expand(String urlTemplate, UUID id) {
        return urlTemplate.replace(ID, Objects.requireNonNull(id, "id").toString());
    }
}
