package dev.orbita.platform.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.ui.Pickers;
import dev.orbita.platform.ui.UiExtensions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every page's shell needs: who is signed in, the page language, the current path, and the
 * navigation and "+ New" entries this user sees (from the modules' contributions). Added to the model
 * of a page about to be rendered only, after its handler ran (a handler's own value of the same name
 * wins): a controller advice's model attributes would be worked out for every handler of every
 * controller, the JSON API's included, where nothing renders them (about a tenth of an API read's time).
 */
@Configuration(proxyBeanMethods = false)
class ShellModel implements WebMvcConfigurer, HandlerInterceptor {

    private final Visibility visibility;
    private final UiExtensions ui;

    private static final java.util.List<Theme> THEMES = java.util.List.of(Theme.values());

    private final Pickers pickers;

    ShellModel(Visibility visibility, UiExtensions ui, Pickers pickers) {
        this.visibility = visibility;
        this.ui = ui;
        this.pickers = pickers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /**
     * The colour theme as a request attribute (templates see request attributes as variables): also there for
     * the error pages an exception handler renders, which {@link #postHandle} never sees.
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute("theme", Theme.of(request));
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !rendersAPage(page)) {
            return;
        }
        Map<String, Object> model = page.getModel();
        CurrentUser user = visibility.currentUser().orElse(null);
        if (user != null) {
            model.putIfAbsent("currentUser", user);
        }
        model.putIfAbsent("lang", LocaleContextHolder.getLocale().toLanguageTag());
        model.putIfAbsent("currentPath", currentPath(request));
        model.putIfAbsent("themes", THEMES);
        model.putIfAbsent("pickers", pickers);
        model.putIfAbsent("navigation", ui.navigation(user));
        model.putIfAbsent("newEntries", ui.newEntries(user));
    }

    /** A view to render, not a redirect or a forward (whose model would travel as request parameters). */
    private static boolean rendersAPage(ModelAndView page) {
        String name = page.getViewName();
        if (name != null) {
            return !name.startsWith("redirect:") && !name.startsWith("forward:");
        }
        return page.getView() != null && !(page.getView() instanceof RedirectView);
    }

    private static String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return query == null ? path : path + "?" + query;
    }
}
