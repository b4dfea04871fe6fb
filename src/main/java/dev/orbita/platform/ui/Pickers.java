package dev.orbita.platform.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The record pickers' sources, by type; in every page's model as {@code pickers}, so that the picker fragment
 * ({@code shell/picker}) can show the name of a field's current value.
 */
@Component
public class Pickers {

    private final List<PickerSource> sources;

    Pickers(List<PickerSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public boolean answers(String type) {
        return sources.stream().anyMatch(s -> s.answers(type));
    }

    public List<PickerOption> find(String type, String typed, int limit) {
        return source(type).map(s -> s.find(type, typed, limit)).orElse(List.of());
    }

    public Optional<PickerOption> byId(String type, UUID id) {
        return id == null ? Optional.empty() : source(type).flatMap(s -> s.byId(type, id));
    }

    /** The name shown for the current value of a picker, or "" when there is none or it is out of sight. */
    public String title(String type, Object id) {
        UUID uuid = id instanceof UUID u ? u : parse(id == null ? null : id.toString());
        return byId(type, uuid).map(PickerOption::title).orElse("");
    }

    private Optional<PickerSource> source(String type) {
        return sources.stream().filter(s -> s.answers(type)).findFirst();
    }

    /** A UUID from a request parameter or form value; null when blank or not a UUID. */
    public static UUID parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
