package dev.orbita.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The colour theme a browser asked for in the user menu, remembered in a cookie (on this device, the login
 * page included). {@link #SYSTEM} — no cookie — follows the device's light or dark setting.
 */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    static final String COOKIE = "orbita_theme";

    /** The theme of the request's cookie; SYSTEM without one or with a value that is not a theme. */
    static Theme of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return SYSTEM;
    }

    static Theme parse(String value) {
        if (value != null) {
            for (Theme t : values()) {
                if (t.code().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        return SYSTEM;
    }

    /** The value in forms and the cookie: system, light, dark. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Tabler's {@code data-bs-theme} for the page, or null to let {@code theme.js} follow the device. */
    public String bootstrapTheme() {
        return this == SYSTEM ? null : code();
    }
}
