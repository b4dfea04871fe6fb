package dev.orbita.platform.security;

import dev.orbita.platform.Visibility;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens. */
@RestController
@RequestMapping("/api/v1/me/api-tokens")
@Tag(name = "API tokens", description = "Personal API tokens of the signed-in user")
class ApiTokenApiController {

    private final ApiTokens tokens;
    private final Visibility visibility;

    ApiTokenApiController(ApiTokens tokens, Visibility visibility) {
        this.tokens = tokens;
        this.visibility = visibility;
    }

    record CreateTokenRequest(String name, Instant expiresAt) {
    }

    @PostMapping
    ResponseEntity<ApiTokens.CreatedToken> create(@RequestBody CreateTokenRequest request) {
        var created = tokens.create(visibility.requireUser().id(), request.name(), request.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/me/api-tokens/" + created.id())).body(created);
    }

    @GetMapping
    Map<String, Object> list() {
        List<ApiTokens.TokenView> all = tokens.list(visibility.requireUser().id());
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        tokens.revoke(visibility.requireUser().id(), id);
    }
}
