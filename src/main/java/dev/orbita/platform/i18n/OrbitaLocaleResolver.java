package dev.orbita.platform.i18n;

import dev.orbita.platform.identity.Languages;
import dev.orbita.platform.security.OrbitaPrincipalLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request. API: the {@code Accept-Language} header (English when absent). UI: the
 * language chosen in this session, else the signed-in user's preference, else the browser's, else
 * Brazilian Portuguese.
 */
class OrbitaLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = OrbitaLocaleResolver.class.getName() + ".locale";
    private static final Locale DEFAULT = Locale.forLanguageTag("pt-BR");

    private final OrbitaPrincipalLanguage principalLanguage;

    OrbitaLocaleResolver(OrbitaPrincipalLanguage principalLanguage) {
        this.principalLanguage = principalLanguage;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String tag) {
                return Locale.forLanguageTag(tag);
            }
            String preferred = principalLanguage.current();
            if (Languages.isSupported(preferred)) {
                return Locale.forLanguageTag(preferred);
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale candidate : java.util.Collections.list(request.getLocales())) {
                Locale closest = Languages.closest(candidate);
                if (closest != null) {
                    return closest;
                }
            }
        }
        return api ? Locale.ENGLISH : DEFAULT;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null) {
            return;
        }
        Locale closest = Languages.closest(locale);
        if (closest != null) {
            request.getSession(true).setAttribute(SESSION_ATTRIBUTE, closest.toLanguageTag());
        }
    }
}
