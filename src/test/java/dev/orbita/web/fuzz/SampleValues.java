package dev.orbita.web.fuzz;

import dev.orbita.support.Fixtures;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid-looking values built from a schema, so that the one mutated field is what a request gets
 * wrong: the types and enums of the schema, with plausible texts for fields whose names say what
 * they hold. References to other records and versions are left out (a mutation sets them).
 */
public final class SampleValues {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();

    /** Left out of a baseline: what only makes sense with a real record or version behind it. */
    private static final Set<String> LEFT_OUT = Set.of("version", "taxId", "parentId", "accountId", "ownerId", "teamId",
            "managerId");

    private static final Map<String, String> TEXTS = Map.ofEntries(Map.entry("address", "fuzz@example.com"),
            Map.entry("email", "fuzz@example.com"), Map.entry("website", "https://example.com/fuzz"),
            Map.entry("url", "https://www.linkedin.com/in/fuzz"), Map.entry("country", "BR"),
            Map.entry("postalCode", "01310-100"), Map.entry("timeZone", "America/Sao_Paulo"),
            Map.entry("language", "pt-BR"), Map.entry("preferredContactHours", "09:00-12:00"),
            Map.entry("password", "fuzz-password-123"), Map.entry("expiresAt", "2031-01-01T00:00:00Z"),
            Map.entry("recordedAt", "2020-01-01T00:00:00Z"), Map.entry("q", "fuzz"));

    private final ApiDocument document;

    public SampleValues(ApiDocument document) {
        this.document = document;
    }

    /** A baseline body for a schema; names are unique per call so that creating twice never collides. */
    public JsonNode body(JsonNode schema) {
        return value(null, null, schema, 0);
    }

    JsonNode value(String parent, String name, JsonNode schema, int depth) {
        JsonNode s = document.resolve(schema);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        String type = s.path("type").asString("object");
        String format = s.path("format").asString("");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (s.has("properties")) {
                    for (var property : s.path("properties").properties()) {
                        if (!LEFT_OUT.contains(property.getKey()) && depth < 4
                                && !document.resolve(property.getValue()).path("readOnly").asBoolean(false)) {
                            object.set(property.getKey(), value(title(s), property.getKey(), property.getValue(),
                                    depth + 1));
                        }
                    }
                } else if (s.has("additionalProperties")) {
                    object.put("fuzz", "value");
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if ("roles".equals(name)) {
                    return array.add("SALES_REP");
                }
                return array.add(value(parent, name, s.path("items"), depth + 1));
            }
            case "integer":
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.stringNode(text(parent, name, format));
        }
    }

    private static String title(JsonNode schema) {
        return schema.path("properties").has("number") && schema.path("properties").has("type")
                && !schema.path("properties").has("street") ? "phone" : "";
    }

    private static String text(String parent, String name, String format) {
        if (name == null) {
            return "fuzz";
        }
        if ("number".equals(name)) {
            return "phone".equals(parent) ? "+55 11 3456-7890" : "100";
        }
        if ("username".equals(name)) {
            return Fixtures.unique("fuzz").toLowerCase(Locale.ROOT);
        }
        if (name.equals("name") || name.endsWith("Name")) {
            return Fixtures.unique("Fuzz");
        }
        if (TEXTS.containsKey(name)) {
            return TEXTS.get(name);
        }
        return switch (format) {
            case "date-time" -> "2020-01-01T00:00:00Z";
            case "date" -> "2020-01-01";
            case "uuid" -> "00000000-0000-0000-0000-000000000000";
            default -> "fuzz text";
        };
    }

    /** A baseline query value: only {@code q} gets one (search needs it); other parameters are left out. */
    public static String query(ApiDocument.Param param) {
        return param.name().equals("q") ? "fuzz" : null;
    }
}
