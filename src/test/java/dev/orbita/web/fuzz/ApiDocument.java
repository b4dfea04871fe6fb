package dev.orbita.web.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of an OpenAPI 3 document, with their parameters and request body schemas ($refs resolved on demand). */
public final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A parameter in {@code path}, {@code query} or {@code header}. */
    public record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /** One path and method; {@code bodySchema} is null without a request body. */
    public record Operation(String method, String path, List<Param> params, String contentType, JsonNode bodySchema) {

        public boolean writes() {
            return !method.equals("GET");
        }

        public List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    public static ApiDocument parse(String json) {
        return new ApiDocument(JsonMapper.builder().build().readTree(json));
    }

    /** Every operation, sorted by path and method so that a run is repeatable. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters").values()) {
                    JsonNode param = resolve(p);
                    params.add(new Param(param.path("name").asString(), param.path("in").asString(),
                            resolve(param.path("schema")), param.path("required").asBoolean(false)));
                }
                String contentType = null;
                JsonNode schema = null;
                JsonNode content = resolve(op.path("requestBody")).path("content");
                if (!content.isMissingNode() && !content.propertyNames().isEmpty()) {
                    contentType = content.propertyNames().iterator().next();
                    schema = resolve(content.path(contentType).path("schema"));
                }
                operations.add(new Operation(method.toUpperCase(), path.getKey(), List.copyOf(params), contentType,
                        schema));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /**
     * The body schema of an operation, or, for a merge patch described only as "an object", the
     * schema of the PUT of the same path: the fields a patch may name.
     */
    public JsonNode effectiveBodySchema(Operation op, List<Operation> all) {
        if (op.bodySchema() == null || !op.bodySchema().path("properties").isMissingNode()) {
            return op.bodySchema();
        }
        return all.stream().filter(o -> o.method().equals("PUT") && o.path().equals(op.path()) && o.bodySchema() != null)
                .map(Operation::bodySchema).findFirst().orElse(op.bodySchema());
    }

    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.path("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }
}
