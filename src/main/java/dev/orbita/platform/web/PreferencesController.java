package dev.orbita.platform.web;

import dev.orbita.platform.Visibility;
import dev.orbita.platform.identity.Languages;
import dev.orbita.platform.identity.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch of the user menu: remembered for the session and as the user's preference. */
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

    /** Only paths inside this application, so the switch cannot be used as an open redirect. */
    static String safeRedirect(String redirect) {
        if (redirect == null || !redirect.startsWith("/") || redirect.startsWith("//") || redirect.contains("\\")
                || redirect.contains("\r") || redirect.contains("\n")) {
            return "/";
        }
        return redirect;
    }
}
