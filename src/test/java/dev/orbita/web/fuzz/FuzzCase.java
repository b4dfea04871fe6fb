package dev.orbita.web.fuzz;

import java.util.Map;

/**
 * One request of the fuzz run.
 * @param field the field or parameter mutated, if any
 * @param mustName whether the answer must be a 400 whose errors name {@code field}
 * @param freshPath whether the path's record must be made anew first (a DELETE that could succeed)
 */
public record FuzzCase(ApiDocument.Operation operation, String label, String pathAndQuery,
        Map<String, String> headers, byte[] body, String field, boolean mustName, boolean freshPath) {

    @Override
    public String toString() {
        return operation + " [" + (field == null ? "" : field + ": ") + label + "] " + shorten(pathAndQuery)
                + (headers.isEmpty() ? "" : " " + headers) + (body == null ? "" : " body " + shorten(
                        new String(body, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
    }
}
