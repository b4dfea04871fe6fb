package dev.orbita.web;

import dev.orbita.shared.ValidationException;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON merge patch (RFC 7396): applies a patch document to the current state of a resource. */
@Component
public class MergePatch {

    private final JsonMapper json;

    public MergePatch(JsonMapper json) {
        this.json = json;
    }

    public <T> T apply(Object current, Map<String, Object> patch, Class<T> type) {
        if (patch == null) {
            throw ValidationException.of("body", "validation.required");
        }
        JsonNode target = json.valueToTree(current);
        JsonNode merged = merge(target, node(patch));
        try {
            return json.treeToValue(merged, type);
        } catch (JsonValueException e) {
            throw ValidationException.of(e.field().isEmpty() ? "body" : e.field(), e.messageKey(), e.args());
        } catch (JacksonException e) {
            StringBuilder field = new StringBuilder();
            for (JacksonException.Reference ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            throw ValidationException.of(field.isEmpty() ? "body" : field.toString(), "validation.invalid");
        }
    }

    /**
     * A merge patch of an owned record's request (the kernel's rule for every record type): the version comes
     * only from the patch (else from {@code If-Match}), and a new owner without a team leaves the team to follow
     * the owner.
     */
    public <T> T applyToOwned(Object current, Map<String, Object> patch, Class<T> type) {
        if (patch == null) {
            throw ValidationException.of("body", "validation.required");
        }
        Map<String, Object> effective = new java.util.LinkedHashMap<>(patch);
        effective.putIfAbsent("version", null);
        if (patch.containsKey("ownerId") && !patch.containsKey("teamId")) {
            effective.put("teamId", null);
        }
        return apply(current, effective, type);
    }

    /**
     * The patch as a tree with its nulls kept: a null member removes the field (RFC 7396), and the
     * application's mapper leaves null values out when it converts a map.
     */
    private JsonNode node(Object value) {
        if (value == null) {
            return json.getNodeFactory().nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = json.createObjectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), node(v)));
            return object;
        }
        if (value instanceof java.util.List<?> list) {
            var array = json.createArrayNode();
            list.forEach(v -> array.add(node(v)));
            return array;
        }
        return json.valueToTree(value);
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonMapper.builder().build().createObjectNode();
        for (var entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }
}
