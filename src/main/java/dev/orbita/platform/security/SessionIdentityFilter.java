package dev.orbita.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes identity changes bite on the next request of every open session, on every node, within the
 * current-user cache's 5 seconds: a session of a deactivated or deleted user, or one opened with a
 * password that has since changed, ends (sign in again); a session whose user got other roles
 * carries the new roles from this request on, so a demoted administrator loses the admin pages.
 */
class SessionIdentityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionIdentityFilter.class);

    private final SecurityVisibility identities;
    private final SecurityContextRepository contexts;

    SessionIdentityFilter(SecurityVisibility identities, SecurityContextRepository contexts) {
        this.identities = identities;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OrbitaPrincipal principal) {
            Optional<SecurityVisibility.Identity> now = identities.identity(principal.userId());
            boolean valid = now.isPresent() && now.get().active()
                    && Objects.equals(principal.credentials(), now.get().credentials());
            if (!valid) {
                log.info("Ending the session of {}: deactivated, deleted or password changed", principal.getUsername());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                if (request.getHeader("HX-Request") != null) {
                    response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                }
                return;
            }
            if (!principal.roles().equals(now.get().roles())) {
                OrbitaPrincipal updated = principal.withRoles(now.get().roles());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                        updated.getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
