package dev.orbita.platform.identity;

import dev.orbita.platform.Permission;
import dev.orbita.platform.Scope;
import dev.orbita.platform.ScopeGrants;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles, their scopes per record type and their permissions, held in memory (a handful of rows
 * read on every request otherwise) and dropped on every change.
 */
@Component
public class RoleCatalog {

    /** What one role grants. */
    public record RoleGrants(String code, int position, ScopeGrants grants, Set<Permission> permissions) {
    }

    private final RoleRepository roles;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Map<String, RoleGrants>> cache = new AtomicReference<>();

    RoleCatalog(RoleRepository roles, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.roles = roles;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The roles in display order. */
    public List<RoleGrants> all() {
        return byCode().values().stream().sorted(java.util.Comparator.comparingInt(RoleGrants::position)).toList();
    }

    public boolean exists(String code) {
        return byCode().containsKey(code);
    }

    public ScopeGrants grants(String code) {
        RoleGrants role = byCode().get(code);
        return role == null ? ScopeGrants.none() : role.grants();
    }

    public Set<Permission> permissions(String code) {
        RoleGrants role = byCode().get(code);
        return role == null ? Set.of() : role.permissions();
    }

    /** Sets a role's scopes for one record type. */
    @Transactional
    public void changeScopes(String code, String recordType, Scope read, Scope write) {
        int updated = jdbc.sql("update role_scopes set read_scope = ?, write_scope = ? where role_code = ? and record_type = ?")
                .params(read.name(), write.name(), code, recordType).update();
        if (updated == 0) {
            jdbc.sql("insert into role_scopes (role_code, record_type, read_scope, write_scope) values (?, ?, ?, ?)")
                    .params(code, recordType, read.name(), write.name()).update();
        }
        changed();
    }

    /** Sets a role's default scopes, for record types it has no scopes of its own for. */
    @Transactional
    public void changeDefaultScopes(String code, Scope read, Scope write) {
        roles.findById(code).ifPresent(r -> r.changeScopes(read, write));
        roles.flush();
        changed();
    }

    @Transactional
    public void changePermission(String code, Permission permission, boolean granted) {
        if (permission == Permission.REASSIGN_RECORDS) {
            roles.findById(code).ifPresent(r -> r.changeMayReassign(granted));
            roles.flush();
        }
        changed();
    }

    private void changed() {
        cache.set(null);
        events.publishEvent(new IdentityChanged());
    }

    private Map<String, RoleGrants> byCode() {
        Map<String, RoleGrants> map = cache.get();
        if (map == null) {
            map = load();
            cache.set(map);
        }
        return map;
    }

    private Map<String, RoleGrants> load() {
        Map<String, Map<String, Scope>> read = new HashMap<>();
        Map<String, Map<String, Scope>> write = new HashMap<>();
        jdbc.sql("select role_code, record_type, read_scope, write_scope from role_scopes").query(rs -> {
            String role = rs.getString("role_code");
            read.computeIfAbsent(role, r -> new HashMap<>()).put(rs.getString("record_type"),
                    Scope.valueOf(rs.getString("read_scope")));
            write.computeIfAbsent(role, r -> new HashMap<>()).put(rs.getString("record_type"),
                    Scope.valueOf(rs.getString("write_scope")));
        });
        Map<String, RoleGrants> map = new HashMap<>();
        for (RoleDefinition r : roles.findAll()) {
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            if (r.isMayReassign()) {
                permissions.add(Permission.REASSIGN_RECORDS);
            }
            map.put(r.getCode(), new RoleGrants(r.getCode(), r.getPosition(),
                    new ScopeGrants(r.getReadScope(), r.getWriteScope(), read.getOrDefault(r.getCode(), Map.of()),
                            write.getOrDefault(r.getCode(), Map.of())),
                    Set.copyOf(permissions)));
        }
        return Map.copyOf(map);
    }
}
