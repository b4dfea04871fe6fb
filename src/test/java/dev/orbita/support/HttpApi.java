package dev.orbita.support;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP client for a {@link ServerTest}: sends exactly the bytes, headers and raw (still
 * percent-encoded) URLs it is given, so that a test can send what a browser or an integration never
 * would. Requests carry the admin's API token unless told otherwise.
 */
public final class HttpApi {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String authorization;

    private Answer sendRaw(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>();
        if (authorization != null) {
            all.put("Authorization", authorization);
        }
        all.putAll(headers);
        all.values().removeIf(String::isEmpty);
        try {
            return RawHttp.send(URI.create(base).getPort(), method, pathAndQuery, all, body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + ": " + e, e);
        }
    }

    private HttpApi(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** As the admin, with a fresh personal API token (a hash lookup per request, no BCrypt). */
    public static HttpApi asAdmin(int port) {
        HttpApi basic = basic(port, ADMIN, ADMIN_PASSWORD);
        Answer created = basic.send("POST", "/api/v1/me/api-tokens", Map.of("Content-Type", "application/json"),
                ("{\"name\":\"" + Fixtures.unique("test") + "\"}").getBytes(StandardCharsets.UTF_8));
        if (created.status() != 201) {
            throw new IllegalStateException("no API token: " + created);
        }
        return new HttpApi(basic.base, "Bearer " + created.read("$.token"));
    }

    public static HttpApi basic(int port, String username, String password) {
        return new HttpApi("http://127.0.0.1:" + port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static HttpApi anonymous(int port) {
        return new HttpApi("http://127.0.0.1:" + port, null);
    }

    /** An answer: status, headers (names in lower case, first value) and body as UTF-8 text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase()));
        }

        public String contentType() {
            return header("content-type").orElse("");
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        public <T> T read(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    public Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, Map.of(), null);
    }

    public Answer json(String method, String path, String json) {
        return send(method, path, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param pathAndQuery sent as it is: percent-escapes (also invalid ones like {@code %FF}) reach
     *        the server untouched
     * @param headers a {@code Content-Type} here replaces the default; an {@code Authorization} of
     *        {@code ""} sends none
     */
    public Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        URI uri;
        try {
            uri = new URI(base + pathAndQuery);
        } catch (java.net.URISyntaxException e) {
            return sendRaw(method, pathAndQuery, headers, body);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, String> all = new LinkedHashMap<>();
        if (authorization != null) {
            all.put("Authorization", authorization);
        }
        all.putAll(headers);
        all.forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> answerHeaders.put(k.toLowerCase(), v.get(0)));
            return new Answer(response.statusCode(), answerHeaders, new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
