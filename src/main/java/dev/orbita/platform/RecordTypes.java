package dev.orbita.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every record type the modules declared, by code; two modules declaring one code fail the start. */
@Component
public class RecordTypes {

    private final Map<String, RecordType> byCode;

    RecordTypes(List<RecordType> types) {
        Map<String, RecordType> map = new LinkedHashMap<>();
        for (RecordType type : types) {
            if (map.putIfAbsent(type.code(), type) != null) {
                throw new IllegalStateException("record type " + type.code() + " is declared twice");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public List<RecordType> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<RecordType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public RecordType require(String code) {
        RecordType type = byCode.get(code);
        if (type == null) {
            throw new IllegalArgumentException("unknown record type " + code);
        }
        return type;
    }

    /** The record type whose entity is this class (or a superclass of it). */
    public Optional<RecordType> ofEntity(Class<?> entityClass) {
        for (Class<?> c = entityClass; c != null; c = c.getSuperclass()) {
            for (RecordType type : byCode.values()) {
                if (c.equals(type.entity())) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
