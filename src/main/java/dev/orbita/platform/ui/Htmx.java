package dev.orbita.platform.ui;

import jakarta.servlet.http.HttpServletRequest;

/** What a page controller needs to know of htmx. */
public final class Htmx {

    /** The header htmx sends with every request it makes. */
    public static final String REQUEST = "HX-Request";

    private Htmx() {
    }

    /**
     * Whether the request wants a fragment: an htmx request that is not a history restore (a restore
     * after the browser's cache was emptied needs the whole page).
     */
    public static boolean isFragment(HttpServletRequest request) {
        return request.getHeader(REQUEST) != null && request.getHeader("HX-History-Restore-Request") == null;
    }
}
