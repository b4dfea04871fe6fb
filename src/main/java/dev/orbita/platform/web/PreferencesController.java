package dev.orbita.platform.web;

import dev.orbita.platform.Visibility;
import dev.orbita.platform.identity.Languages;
import dev.orbita.platform.identity.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The switches of the user menu: the language, remembered for the session and as the user's preference, and
 * the colour theme, remembered on the device.
 */
@Controller
class PreferencesController {

    private final Visibility visibility;
    private final UserManagement users;
    private final LocaleResolver localeResolver;

    PreferencesController(Visibility visibility, UserManagement users, LocaleResolver localeResolver) {
        this.visibility = visibility;
        this.users = users;
        this.localeResolver = localeResolver;
    }

    @PostMapping("/preferences/language")
    String language(@RequestParam String language, @RequestParam(required = false) String redirect,
            HttpServletRequest request, HttpServletResponse response) {
        if (Languages.isSupported(language)) {
            visibility.currentUser().ifPresent(u -> users.changeLanguage(u.id(), language));
            localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        }
        return "redirect:" + safeRedirect(redirect);
    }

    /** The theme switch of the user menu: kept in a cookie for a year; "system" removes it. */
    @PostMapping("/preferences/theme")
    String theme(@RequestParam(required = false) String theme, @RequestParam(required = false) String redirect,
            HttpServletRequest request, HttpServletResponse response) {
        Theme chosen = Theme.parse(theme);
        ResponseCookie cookie = ResponseCookie.from(Theme.COOKIE, chosen.code()).path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax")
                .maxAge(chosen == Theme.SYSTEM ? Duration.ZERO : Duration.ofDays(365)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return "redirect:" + safeRedirect(redirect);
    }

    /** Only paths inside this application, so the switch cannot be used as an open redirect. */
    static String safeRedirect(String redirect) {
        if (redirect == null || !redirect.startsWith("/") || redirect.startsWith("//") || redirect.contains("\\")
                || redirect.contains("\r") || redirect.contains("\n")) {
            return "/";
        }
        return redirect;
    }
}
