package dev.orbita.platform.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's shell needs: who is signed in, the page language and the current path. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final Visibility visibility;

    ShellModelAdvice(Visibility visibility) {
        this.visibility = visibility;
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
}
