package dev.orbita.platform;

import java.util.UUID;

/** What other modules may know about a user. */
public record UserSummary(UUID id, String username, String fullName, UUID teamId, boolean active) {
}
