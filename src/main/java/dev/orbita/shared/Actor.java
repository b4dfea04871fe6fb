package dev.orbita.shared;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current thread: the authenticated user's id, or none (system work). */
public final class Actor {

    /** Implemented by the security principal so that entities can stamp created_by/updated_by. */
    public interface Identified {
        UUID userId();
    }

    private Actor() {
    }

    public static UUID currentId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Identified identified) {
            return identified.userId();
        }
        return null;
    }
}
