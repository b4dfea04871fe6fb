package dev.orbita.web.fuzz;

import dev.orbita.web.fuzz.ApiDocument.Operation;
import dev.orbita.web.fuzz.ApiDocument.Param;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the requests for every operation: a baseline from the schema, then one change at a time —
 * each query, path and header parameter, each body property (and the properties of the first item
 * of an array of objects), the body as a whole, and odd headers.
 */
public final class FuzzPlan {

    private static final String SLOT = "\"@@fuzz-slot@@\"";

    private final ApiDocument document;
    private final List<Operation> operations;
    private final SampleValues samples;
    private final BiFunction<Operation, Param, String> pathValues;
    private final Random random;

    /**
     * @param pathValues the value of a path parameter for the baseline (the id of a fixture record)
     */
    public FuzzPlan(ApiDocument document, BiFunction<Operation, Param, String> pathValues, long seed) {
        this.document = document;
        this.operations = document.operations();
        this.samples = new SampleValues(document);
        this.pathValues = pathValues;
        this.random = new Random(seed);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Share of the non-essential cases that are sent: enough variety per run, within the time budget. */
    static final double SAMPLED = 0.25;

    private static final java.util.Set<String> ESSENTIAL = java.util.Set.of("NUL", "lone high surrogate",
            "invalid UTF-8 bytes", "invalid UTF-8 %FF", "overlong UTF-8 %C0%AF", "deep arrays", "unknown enum");

    /**
     * The cases of an operation that a run sends: every baseline, odd header and whole-body case,
     * NUL, lone surrogate, invalid UTF-8, deep nesting and unknown enum for every field, and a
     * seeded sample of the rest.
     */
    public List<FuzzCase> sampledCases(Operation op) {
        return cases(op).stream().filter(c -> c.field() == null || ESSENTIAL.contains(c.label())
                || c.label().startsWith("odd ") || random.nextDouble() < SAMPLED).toList();
    }

    public List<FuzzCase> cases(Operation op) {
        List<FuzzCase> cases = new ArrayList<>();
        JsonNode schema = document.effectiveBodySchema(op, operations);
        boolean delete = op.method().equals("DELETE");
        cases.add(new FuzzCase(op, "baseline", path(op, Map.of()) + query(op, null, null), headers(op, Map.of()),
                body(schema), null, false, delete));
        for (Param param : op.params("query")) {
            for (Mutations.Query m : Mutations.query(param.schema(), random)) {
                cases.add(new FuzzCase(op, m.label(), path(op, Map.of()) + query(op, param, m.encoded()),
                        headers(op, Map.of()), body(schema), param.name(), m.mustName(), delete));
            }
        }
        for (Param param : op.params("path")) {
            for (String[] value : List.of(new String[] { "not a UUID", "not-a-uuid" },
                    new String[] { "unknown UUID", new java.util.UUID(random.nextLong(), random.nextLong()).toString() },
                    new String[] { "nil UUID", "00000000-0000-0000-0000-000000000000" },
                    new String[] { "300 characters", "x".repeat(300) }, new String[] { "encoded space", "%20" },
                    new String[] { "emoji", "%F0%9F%98%80" }, new String[] { "encoded quote", "%22%27" })) {
                cases.add(new FuzzCase(op, value[0], path(op, Map.of(param.name(), value[1])) + query(op, null, null),
                        headers(op, Map.of()), body(schema), param.name(), false, false));
            }
            if (!delete) {
                cases.add(new FuzzCase(op, "upper case", path(op, Map.of(param.name(),
                        pathValues.apply(op, param).toUpperCase())) + query(op, null, null), headers(op, Map.of()),
                        body(schema), param.name(), false, false));
            }
        }
        for (Param param : op.params("header")) {
            for (String value : List.of("garbage", "\"abc\"", "W/", "\"99999999999999999999\"", "\"-1\"", "\"\"",
                    "\"1\", \"2\"", "W/\"x\"")) {
                cases.add(new FuzzCase(op, "odd " + param.name(), path(op, Map.of()) + query(op, null, null),
                        headers(op, Map.of(param.name(), value)), body(schema), param.name(), false, delete));
            }
        }
        oddHeaders(op, schema, cases, delete);
        if (schema != null) {
            bodyCases(op, schema, cases);
        }
        return cases;
    }

    private void oddHeaders(Operation op, JsonNode schema, List<FuzzCase> cases, boolean delete) {
        List<Map<String, String>> odd = new ArrayList<>(List.of(Map.of("Accept", "*/*"),
                Map.of("Accept", "application/xml"), Map.of("Accept", "text/html"), Map.of("Accept", "garbage/"),
                Map.of("Accept-Language", "xx;q=abc, *"), Map.of("Authorization", "Bearer not-a-token"),
                Map.of("Authorization", "Basic !!!not-base64")));
        if (schema != null) {
            odd.addAll(List.of(Map.of("Content-Type", "*/*"), Map.of("Content-Type", "application/*"),
                    Map.of("Content-Type", "text/plain"), Map.of("Content-Type", ""),
                    Map.of("Content-Type", "application/json;charset=latin1"),
                    Map.of("Content-Type", "application/json; charset=nonsense"),
                    Map.of("Content-Type", "application/xml"),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    Map.of("Content-Type", "multipart/form-data; boundary=fuzz"), Map.of("Content-Type", "garbage")));
        }
        for (Map<String, String> headers : odd) {
            cases.add(new FuzzCase(op, "header " + headers, path(op, Map.of()) + query(op, null, null),
                    headers(op, headers), body(schema), null, false, delete));
        }
    }

    private void bodyCases(Operation op, JsonNode schema, List<FuzzCase> cases) {
        String where = path(op, Map.of()) + query(op, null, null);
        Map<String, String> headers = headers(op, Map.of());
        JsonNode properties = document.resolve(schema).path("properties");
        for (var property : properties.properties()) {
            JsonNode propertySchema = document.resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                continue; // answered only: not part of a request
            }
            for (Mutations.Json m : Mutations.json(propertySchema, false, random)) {
                cases.add(new FuzzCase(op, m.label(), where, headers, splice(schema, property.getKey(), null, m.json()),
                        property.getKey(), m.mustName(), false));
            }
            JsonNode items = document.resolve(propertySchema.path("items"));
            if (propertySchema.path("type").asString("").equals("array") && items != null
                    && items.has("properties")) {
                for (var inner : items.path("properties").properties()) {
                    if (document.resolve(inner.getValue()).path("readOnly").asBoolean(false)) {
                        continue;
                    }
                    String field = property.getKey() + "[0]." + inner.getKey();
                    for (Mutations.Json m : Mutations.json(document.resolve(inner.getValue()), true, random)) {
                        cases.add(new FuzzCase(op, m.label(), where, headers,
                                splice(schema, property.getKey(), inner.getKey(), m.json()), field, m.mustName(),
                                false));
                    }
                }
            }
        }
        List<String[]> whole = List.of(new String[] { "empty body", "" }, new String[] { "unclosed", "{\"name\":" },
                new String[] { "null body", "null" }, new String[] { "array body", "[]" },
                new String[] { "string body", "\"x\"" }, new String[] { "number body", "123" },
                new String[] { "deep arrays body", "[".repeat(Mutations.DEPTH) + "]".repeat(Mutations.DEPTH) },
                new String[] { "deep objects body", "{\"a\":".repeat(Mutations.DEPTH) + "1" + "}".repeat(Mutations.DEPTH) },
                new String[] { "duplicate keys", "{\"name\":\"a\",\"name\":\"b\"}" },
                new String[] { "trailing garbage", "{} xyz" }, new String[] { "comments", "/* x */ {}" },
                new String[] { "single quotes", "{'name':'x'}" });
        for (String[] body : whole) {
            cases.add(new FuzzCase(op, body[0], where, headers, body[1].getBytes(StandardCharsets.UTF_8), null, false,
                    false));
        }
        byte[] baseline = body(schema);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        bom.writeBytes(baseline);
        cases.add(new FuzzCase(op, "BOM", where, headers, bom.toByteArray(), null, false, false));
        cases.add(new FuzzCase(op, "invalid UTF-8 body", where, headers,
                Mutations.bytes('{', '"', 0xFF, 0xFE, '"', ':', '1', '}'), null, false, false));
        cases.add(new FuzzCase(op, "latin-1 body", where, headers,
                "{\"name\":\"Jo\u00e3o\"}".getBytes(StandardCharsets.ISO_8859_1), null, false, false));
    }

    /** The baseline body with one property (or a property of its first array item) replaced by raw JSON. */
    private byte[] splice(JsonNode schema, String property, String inner, byte[] json) {
        ObjectNode body = (ObjectNode) samples.body(schema);
        if (inner == null) {
            if (json == null) {
                body.remove(property);
                return SampleValues.JSON.writeValueAsBytes(body);
            }
            body.putRawValue(property, new tools.jackson.databind.util.RawValue(SLOT));
        } else {
            JsonNode array = body.path(property);
            if (!array.isArray() || array.isEmpty() || !array.get(0).isObject()) {
                return SampleValues.JSON.writeValueAsBytes(body);
            }
            ((ObjectNode) array.get(0)).putRawValue(inner, new tools.jackson.databind.util.RawValue(SLOT));
        }
        byte[] text = SampleValues.JSON.writeValueAsBytes(body);
        return replace(text, SLOT.getBytes(StandardCharsets.UTF_8), json);
    }

    private static byte[] replace(byte[] text, byte[] slot, byte[] with) {
        for (int i = 0; i + slot.length <= text.length; i++) {
            if (java.util.Arrays.equals(text, i, i + slot.length, slot, 0, slot.length)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(text, 0, i);
                out.writeBytes(with);
                out.write(text, i + slot.length, text.length - i - slot.length);
                return out.toByteArray();
            }
        }
        throw new IllegalStateException("no slot in the body");
    }

    private byte[] body(JsonNode schema) {
        return schema == null ? null : SampleValues.JSON.writeValueAsBytes(samples.body(schema));
    }

    private String path(Operation op, Map<String, String> replaced) {
        String path = op.path();
        for (Param param : op.params("path")) {
            String value = replaced.containsKey(param.name()) ? replaced.get(param.name()) : pathValues.apply(op, param);
            path = path.replace("{" + param.name() + "}", value);
        }
        return path;
    }

    private static String query(Operation op, Param mutated, String encoded) {
        StringBuilder query = new StringBuilder();
        for (Param param : op.params("query")) {
            String value = param == mutated ? encoded : SampleValues.query(param);
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(param.name()).append('=').append(
                        param == mutated ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static Map<String, String> headers(Operation op, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (op.contentType() != null) {
            headers.put("Content-Type", op.contentType());
        }
        headers.putAll(extra);
        return headers;
    }
}
