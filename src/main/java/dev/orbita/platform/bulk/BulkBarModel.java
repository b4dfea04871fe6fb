package dev.orbita.platform.bulk;

import dev.orbita.platform.ui.ListState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the selection bar ({@link BulkBar} as {@code bulk}) to a list page's model when its type has bulk actions. */
@Configuration(proxyBeanMethods = false)
class BulkBarModel implements WebMvcConfigurer, HandlerInterceptor {

    private final BulkActions actions;

    BulkBarModel(BulkActions actions) {
        this.actions = actions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !(page.getModel().get("listState") instanceof ListState state)) {
            return;
        }
        actions.bar(state.resource().name()).ifPresent(bar -> page.getModel().putIfAbsent("bulk", bar));
    }
}
