package dev.orbita.web.assets;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Static assets: versioned addresses for templates, the reduced stylesheet, no URL-rewriting filter (ADR 023). */
@Configuration(proxyBeanMethods = false)
class StaticAssets {

    /**
     * Keeps Spring Boot from registering {@link ResourceUrlEncodingFilter} (it does whenever the resource chain
     * is on, which {@code webjars-locator-lite} switches on): the filter resolved every link a page writes
     * as a possible static resource, and each miss searched the class path — most of a page's server time.
     * Templates ask {@link AssetUrls} for the few asset addresses instead.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    UsedStylesheet usedStylesheet(@Value("${orbita.web.styles.built-names:}") List<String> builtNames) {
        return UsedStylesheet.build(builtNames);
    }

    @Bean
    AssetUrls assetUrls(ResourceUrlProvider mvcResourceUrlProvider, UsedStylesheet usedStylesheet) {
        return new AssetUrls(mvcResourceUrlProvider, usedStylesheet);
    }

    /**
     * {@code ${assets.url('/css/app.css')}} in every template, error pages and the login page included (a
     * static variable of the view resolver: Thymeleaf does not allow bean references in {@code th:href}).
     */
    @Bean
    SmartInitializingSingleton assetsInTemplates(ThymeleafViewResolver views, AssetUrls assetUrls) {
        return () -> views.addStaticVariable("assets", assetUrls);
    }
}
