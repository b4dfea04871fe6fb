package dev.orbita.platform.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.ui.NavSection;
import dev.orbita.platform.ui.NewEntry;
import dev.orbita.platform.ui.UiExtensions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's shell needs: who is signed in, the page language, the current path, and the
 * navigation and "+ New" entries this user sees (from the modules' contributions).
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final Visibility visibility;
    private final UiExtensions ui;

    ShellModelAdvice(Visibility visibility, UiExtensions ui) {
        this.visibility = visibility;
        this.ui = ui;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return visibility.currentUser().orElse(null);
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().toLanguageTag();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return query == null ? path : path + "?" + query;
    }

    @ModelAttribute("navigation")
    List<NavSection> navigation() {
        return ui.navigation(currentUser());
    }

    @ModelAttribute("newEntries")
    List<NewEntry> newEntries() {
        return ui.newEntries(currentUser());
    }
}
