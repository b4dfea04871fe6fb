package dev.orbita.platform.identity;

import java.util.UUID;

public record TeamResponse(UUID id, String name, UUID managerId, long version) {

    static TeamResponse of(Team t) {
        return new TeamResponse(t.getId(), t.getName(), t.getManagerId(), t.getVersion());
    }
}
