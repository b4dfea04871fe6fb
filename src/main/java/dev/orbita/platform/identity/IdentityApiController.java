package dev.orbita.platform.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and teams for administrators ({@code ADMIN} only, enforced by the API security chain). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users and teams", description = "Administration of users, teams and roles (ADMIN only)")
class IdentityApiController {

    private final UserManagement management;
    private final RoleCatalog roles;

    IdentityApiController(UserManagement management, RoleCatalog roles) {
        this.management = management;
        this.roles = roles;
    }

    @GetMapping("/users")
    @Operation(summary = "List users")
    Map<String, Object> users() {
        List<UserResponse> all = management.users();
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @GetMapping("/users/{id}")
    UserResponse user(@PathVariable UUID id) {
        return management.user(id);
    }

    @PostMapping("/users")
    ResponseEntity<UserResponse> createUser(@RequestBody UserRequest request) {
        UserResponse created = management.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/users/{id}")
    UserResponse updateUser(@PathVariable UUID id, @RequestBody UserRequest request) {
        return management.update(id, request, null);
    }

    @GetMapping("/teams")
    Map<String, Object> teams() {
        List<TeamResponse> all = management.teams();
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @GetMapping("/teams/{id}")
    TeamResponse team(@PathVariable UUID id) {
        return management.team(id);
    }

    @PostMapping("/teams")
    ResponseEntity<TeamResponse> createTeam(@RequestBody TeamRequest request) {
        TeamResponse created = management.createTeam(request);
        return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id())).body(created);
    }

    @PutMapping("/teams/{id}")
    TeamResponse updateTeam(@PathVariable UUID id, @RequestBody TeamRequest request) {
        return management.updateTeam(id, request, null);
    }

    @DeleteMapping("/teams/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTeam(@PathVariable UUID id) {
        management.deleteTeam(id);
    }

    /** A role: its default scopes, its scopes per record type, and its permissions. */
    record RoleResponse(String code, String readScope, String writeScope,
            java.util.Map<String, TypeScopes> recordTypes, List<String> permissions) {
    }

    record TypeScopes(String read, String write) {
    }

    @GetMapping("/roles")
    List<RoleResponse> roles() {
        return roles.all().stream().map(r -> {
            var g = r.grants();
            java.util.Map<String, TypeScopes> types = new java.util.TreeMap<>();
            g.read().keySet().forEach(t -> types.put(t, new TypeScopes(g.read(t).name(), g.write(t).name())));
            return new RoleResponse(r.code(), g.defaultRead().name(), g.defaultWrite().name(), types,
                    r.permissions().stream().map(Enum::name).sorted().toList());
        }).toList();
    }
}
