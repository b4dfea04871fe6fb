package dev.orbita.platform.identity;

import dev.orbita.platform.Scope;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The roles and their scopes, held in memory (a handful of rows read on every request otherwise). */
@Component
public class RoleCatalog {

    private final RoleRepository roles;
    private final AtomicReference<Map<String, RoleDefinition>> cache = new AtomicReference<>();

    private final org.springframework.context.ApplicationEventPublisher events;

    RoleCatalog(RoleRepository roles, org.springframework.context.ApplicationEventPublisher events) {
        this.roles = roles;
        this.events = events;
    }

    public List<RoleDefinition> all() {
        return roles.findAllByOrderByPosition();
    }

    public boolean exists(String code) {
        return byCode().containsKey(code);
    }

    public Scope readScope(String code) {
        RoleDefinition role = byCode().get(code);
        return role == null ? Scope.NONE : role.getReadScope();
    }

    public Scope writeScope(String code) {
        RoleDefinition role = byCode().get(code);
        return role == null ? Scope.NONE : role.getWriteScope();
    }

    @Transactional
    public void changeScopes(String code, Scope read, Scope write) {
        roles.findById(code).ifPresent(r -> r.changeScopes(read, write));
        cache.set(null);
        events.publishEvent(new IdentityChanged());
    }

    private Map<String, RoleDefinition> byCode() {
        Map<String, RoleDefinition> map = cache.get();
        if (map == null) {
            map = roles.findAll().stream().collect(Collectors.toMap(RoleDefinition::getCode, Function.identity()));
            cache.set(map);
        }
        return map;
    }
}
