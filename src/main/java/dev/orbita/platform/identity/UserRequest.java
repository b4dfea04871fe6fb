package dev.orbita.platform.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** A user as written through the API or the admin form; the password is write-only. */
public record UserRequest(String username, @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password,
        String fullName, String email, String language, String timeZone, List<String> roles, UUID teamId,
        Boolean active) {
}
