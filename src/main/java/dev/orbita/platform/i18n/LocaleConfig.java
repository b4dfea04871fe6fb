package dev.orbita.platform.i18n;

import dev.orbita.platform.security.OrbitaPrincipalLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration
class LocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(OrbitaPrincipalLanguage principalLanguage) {
        return new OrbitaLocaleResolver(principalLanguage);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        interceptor.setHttpMethods("GET");
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }
}
