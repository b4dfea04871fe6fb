package dev.orbita.platform.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the API shows it: never with a password or its hash. */
public record UserResponse(UUID id, String username, String fullName, String email, String language,
        String timeZone, List<String> roles, UUID teamId, boolean active, Instant lockedUntil, long version,
        Instant createdAt, Instant updatedAt) {

    /** {@code lockedUntil}: until when password sign-in is refused after failed attempts, or null. */
    static UserResponse of(User u, Instant lockedUntil) {
        return new UserResponse(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getLanguage(),
                u.getTimeZone(), u.getRoles().stream().sorted().toList(), u.getTeamId(), u.isActive(),
                lockedUntil, u.getVersion(), u.getCreatedAt(), u.getUpdatedAt());
    }
}
