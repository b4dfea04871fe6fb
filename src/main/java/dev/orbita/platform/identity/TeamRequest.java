package dev.orbita.platform.identity;

import java.util.UUID;

public record TeamRequest(String name, UUID managerId) {
}
