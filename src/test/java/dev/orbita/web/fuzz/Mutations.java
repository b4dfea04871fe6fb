package dev.orbita.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * What a fuzzed field or parameter is replaced with. {@code mustName}: the input can only be refused,
 * and the refusal must be a 400 naming the field (NUL, lone surrogates, invalid UTF-8 in a query).
 */
public final class Mutations {

    /** Replaces a JSON value; {@code json} null removes the property. */
    public record Json(String label, byte[] json, boolean mustName) {
    }

    /** Replaces a query parameter's value: {@code encoded} goes into the URL as it is (null: left out). */
    public record Query(String label, String encoded, boolean mustName) {
    }

    static final String LONG = "x".repeat(10_000);
    static final int DEPTH = 2_000;

    private Mutations() {
    }

    /** Mutations for a body property of this schema; nested ones get the core set only. */
    public static List<Json> json(JsonNode schema, boolean nested, Random random) {
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        List<Json> all = new ArrayList<>();
        all.add(new Json("null", text("null"), false));
        all.add(new Json("wrong type: number", text("12345"), false));
        all.add(new Json("wrong type: object", text("{\"a\":1}"), false));
        all.add(new Json("10 000 characters", text("\"" + LONG + "\""), false));
        all.add(new Json("NUL", text("\"a\\u0000b\""), true));
        all.add(new Json("lone high surrogate", text("\"x\\uD800\""), true));
        all.add(new Json("invalid UTF-8 bytes", bytes('"', 'a', 0xFF, 0xC0, 0xAF, 'b', '"'), false));
        if (schema.has("enum")) {
            all.add(new Json("unknown enum", text("\"NOT_A_VALUE\""), false));
            all.add(new Json("lower-case enum", text("\"" + schema.path("enum").get(0).asString().toLowerCase() + "\""),
                    false));
        }
        if (nested) {
            return all;
        }
        all.add(new Json("missing", null, false));
        all.add(new Json("empty string", text("\"\""), false));
        all.add(new Json("wrong type: boolean", text("true"), false));
        all.add(new Json("wrong type: array", text("[\"a\",1,null]"), false));
        all.add(new Json("lone low surrogate", text("\"\\uDC00x\""), true));
        all.add(new Json("NUL and surrogate pair", text("\"\\uD83D\\uDE00\\u0000\""), true));
        all.add(new Json("deep arrays", text("[".repeat(DEPTH) + "]".repeat(DEPTH)), false));
        all.add(new Json("deep objects", text("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)), false));
        all.add(new Json("huge number", text("1e400"), false));
        all.add(new Json("huge integer", text("123456789012345678901234567890"), false));
        all.add(new Json("negative", text("-1"), false));
        all.add(new Json("below long", text("-9223372036854775809"), false));
        all.add(new Json("decimal", text("1.5"), false));
        all.add(new Json("unicode", text("\"Ção \\uD83D\\uDE00 \\u0627\\u0644 \\u202E\""), false));
        all.add(new Json("markup and SQL", text("\"<script>alert(1)</script>' OR 1=1 --\""), false));
        all.add(new Json("whitespace", text("\"  \\t\\n \""), false));
        all.add(new Json("control characters", text("\"a\\u0001\\u001Fb\""), false));
        switch (type) {
            case "array" -> {
                all.add(new Json("10 000 items", text("[" + "\"x\",".repeat(9_999) + "\"x\"]"), false));
                all.add(new Json("array of nulls", text("[null,null]"), false));
                all.add(new Json("array of arrays", text("[[1],[2]]"), false));
            }
            case "object" -> all.add(new Json("object with 200 keys", text(manyKeys()), false));
            default -> {
            }
        }
        switch (format) {
            case "date-time" -> {
                all.add(new Json("year 999999999", text("\"+999999999-12-31T23:59:59Z\""), false));
                all.add(new Json("year -999999999", text("\"-999999999-01-01T00:00:00Z\""), false));
                all.add(new Json("impossible date", text("\"2020-13-45T99:99:99Z\""), false));
                all.add(new Json("epoch number", text("99999999999999999"), false));
            }
            case "uuid" -> {
                all.add(new Json("not a UUID", text("\"not-a-uuid\""), false));
                all.add(new Json("unknown UUID", text("\"" + new java.util.UUID(random.nextLong(), random.nextLong())
                        + "\""), false));
                all.add(new Json("nil UUID", text("\"00000000-0000-0000-0000-000000000000\""), false));
            }
            case "int32", "int64" -> {
                all.add(new Json("above int", text("2147483648"), false));
                all.add(new Json("numeric string", text("\"12\""), false));
            }
            default -> {
            }
        }
        return all;
    }

    /** Mutations of a query parameter (values already percent-encoded, some on purpose wrongly). */
    public static List<Query> query(JsonNode schema, Random random) {
        List<Query> all = new ArrayList<>();
        all.add(new Query("empty", "", false));
        all.add(new Query("word", "abc", false));
        all.add(new Query("negative", "-1", false));
        all.add(new Query("zero", "0", false));
        all.add(new Query("huge", "99999999999", false));
        all.add(new Query("decimal", "1.5", false));
        all.add(new Query("huge number", "1e400", false));
        all.add(new Query("invalid UTF-8 %FF", "%FF", true));
        all.add(new Query("overlong UTF-8 %C0%AF", "%C0%AF", true));
        all.add(new Query("encoded surrogate", "%ED%A0%80", true));
        all.add(new Query("truncated UTF-8", "abc%E2%82", true));
        all.add(new Query("NUL", "a%00b", true));
        all.add(new Query("bad escape", "%G1", true));
        all.add(new Query("lone percent", "%", true));
        all.add(new Query("10 000 characters", Mutations.LONG, false));
        all.add(new Query("unknown enum", "NOT_A_VALUE", false));
        all.add(new Query("year 999999999", "%2B999999999-12-31T23:59:59Z", false));
        all.add(new Query("impossible date", "2020-13-45T99:99:99Z", false));
        all.add(new Query("not a UUID", "not-a-uuid", false));
        all.add(new Query("unknown UUID", new java.util.UUID(random.nextLong(), random.nextLong()).toString(), false));
        all.add(new Query("commas", "%2C%2C%2C", false));
        all.add(new Query("comma", "%2C", false));
        all.add(new Query("field and bad direction", "name%2Csideways", false));
        all.add(new Query("markup and SQL", "%3Cscript%3E'%20OR%201%3D1--", false));
        all.add(new Query("emoji and RTL", "%F0%9F%98%80%E2%80%AE", false));
        all.add(new Query("plus and spaces", "a+b%20c", false));
        all.add(new Query("lucene syntax", "*%3A*%20AND%20~%22", false));
        all.add(new Query("tampered cursor", "QUJD", false));
        if (schema.path("type").asString("").equals("boolean")) {
            all.add(new Query("maybe", "maybe", false));
        }
        return all;
    }

    static byte[] text(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(v);
        }
        return out.toByteArray();
    }

    private static String manyKeys() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return sb.append('}').toString();
    }
}
