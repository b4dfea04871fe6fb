package dev.orbita.platform.security;

import dev.orbita.web.ProblemResponses;
import dev.orbita.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the API (HTTP Basic or personal tokens, stateless, no CSRF), Actuator
 * (health open, the rest for admins) and the UI (form login, CSRF, JDBC sessions).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BcryptLengthLimit(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    AuthenticationEntryPoint problemEntryPoint(ProblemResponses responses, Problems problems) {
        return (request, response, failure) -> {
            if (failure instanceof TooManyAttemptsException throttled) {
                // the same answer whether or not the username exists: its password was not checked
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
                responses.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                        "problem.too-many-attempts.detail"));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Orbita\", Bearer");
            responses.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "problem.unauthorized.detail"));
        };
    }

    @Bean
    AccessDeniedHandler problemAccessDenied(ProblemResponses responses, Problems problems) {
        return (request, response, denied) -> responses.write(response,
                problems.problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenPrincipals tokens,
            AuthenticationEntryPoint problemEntryPoint, AccessDeniedHandler problemAccessDenied) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/users/**", "/api/v1/teams/**", "/api/v1/roles/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problemEntryPoint),
                        BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(problemAccessDenied))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationEntryPoint problemEntryPoint,
            AccessDeniedHandler problemAccessDenied) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(problemAccessDenied));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, SecurityVisibility identities) throws Exception {
        var contexts = new org.springframework.security.web.context.DelegatingSecurityContextRepository(
                new org.springframework.security.web.context.RequestAttributeSecurityContextRepository(),
                new org.springframework.security.web.context.HttpSessionSecurityContextRepository());
        http.securityContext(c -> c.securityContextRepository(contexts))
                .addFilterBefore(new SessionIdentityFilter(identities, contexts),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath()
                                + (failure instanceof TooManyAttemptsException ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
