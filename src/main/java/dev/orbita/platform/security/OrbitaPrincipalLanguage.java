package dev.orbita.platform.security;

import dev.orbita.platform.Visibility;
import org.springframework.stereotype.Component;

/** The signed-in user's preferred language, if anyone is signed in. */
@Component
public class OrbitaPrincipalLanguage {

    private final Visibility visibility;

    OrbitaPrincipalLanguage(Visibility visibility) {
        this.visibility = visibility;
    }

    public String current() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof OrbitaPrincipal)) {
            return null;
        }
        return visibility.currentUser().map(u -> u.language()).orElse(null);
    }
}
