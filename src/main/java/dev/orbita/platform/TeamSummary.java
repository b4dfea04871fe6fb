package dev.orbita.platform;

import java.util.UUID;

/** What other modules may know about a team. */
public record TeamSummary(UUID id, String name, UUID managerId) {
}
