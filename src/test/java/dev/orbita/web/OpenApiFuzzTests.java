package dev.orbita.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.support.Fixtures;
import dev.orbita.support.HttpApi;
import dev.orbita.support.HttpApi.Answer;
import dev.orbita.support.ServerTest;
import dev.orbita.web.fuzz.ApiDocument;
import dev.orbita.web.fuzz.ApiDocument.Param;
import dev.orbita.web.fuzz.DatabaseFingerprint;
import dev.orbita.web.fuzz.FuzzCase;
import dev.orbita.web.fuzz.FuzzPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the OpenAPI document of the running application and sends every operation, as an admin,
 * a baseline request built from its schema and then one change at a time: wrong JSON types, null,
 * empty and 10 000-character strings, NUL, lone surrogates, invalid UTF-8 in the query and the body,
 * 2 000 levels of nesting, unknown enums, huge and negative numbers, odd path values and odd
 * headers. Whatever is sent: never a 5xx; a 4xx of the API is {@code application/problem+json};
 * NUL, lone surrogates and broken UTF-8 are a 400 naming the field; and a refused write leaves the
 * database as it was. Same seed, same requests.
 */
@ServerTest
class OpenApiFuzzTests {

    private static final long SEED = 20_261_206L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;
    Map<String, String> fixtures;

    @Test
    void noRequestAnswers5xxAndNoRefusedRequestWritesAnything() {
        api = HttpApi.asAdmin(port);
        fixtures = fixtures();
        ApiDocument document = ApiDocument.parse(api.get("/v3/api-docs").body());
        FuzzPlan plan = new FuzzPlan(document, this::pathValue, SEED);
        DatabaseFingerprint database = new DatabaseFingerprint(jdbc);
        assertThat(plan.operations()).hasSizeGreaterThan(20);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        Map<String, Long> perOperation = new java.util.LinkedHashMap<>();
        for (var op : plan.operations()) {
            long opStarted = System.nanoTime();
            for (FuzzCase c : plan.sampledCases(op)) {
                String path = c.freshPath() ? freshPath(c) : c.pathAndQuery();
                Map<String, Long> before = op.writes() ? database.take() : null;
                Answer answer = api.send(op.method(), path, c.headers(), c.body());
                sent++;
                statuses.merge(answer.status(), 1, Integer::sum);
                String problem = check(c, answer);
                if (problem == null && before != null && answer.status() >= 400) {
                    Map<String, Long> after = database.take();
                    if (!after.equals(before)) {
                        problem = "refused but wrote: " + difference(before, after);
                    }
                }
                if (problem != null) {
                    failures.add(problem + "\n    request: " + c + "\n    answer: " + answer);
                }
            }
            perOperation.put(op.toString(), (System.nanoTime() - opStarted) / 1_000_000L);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("OpenApiFuzzTests: %d requests to %d operations in %d s, statuses %s, %d failure(s)%n",
                sent, plan.operations().size(), seconds, statuses, failures.size());
        perOperation.forEach((op, ms) -> System.out.printf("  %-45s %5d ms%n", op, ms));
        assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
    }

    /** Null when the answer is acceptable for the case. */
    private static String check(FuzzCase c, Answer answer) {
        if (answer.status() >= 500) {
            return "server error " + answer.status();
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return "4xx without application/problem+json";
        }
        if (answer.isProblem() && String.valueOf((Object) answer.read("$.type")).endsWith("/validation")) {
            List<String> fields = answer.read("$.errors[*].field");
            if (fields.isEmpty() || fields.stream().anyMatch(f -> f == null || f.isBlank())) {
                return "validation problem without the fields named";
            }
        }
        if (c.mustName()) {
            if (answer.status() != 400) {
                return "expected 400 naming " + c.field();
            }
            List<String> fields = answer.read("$.errors[*].field");
            if (fields.stream().noneMatch(f -> f.equals(c.field()) || f.startsWith(c.field() + ".")
                    || f.startsWith(c.field() + "["))) {
                return "400 does not name " + c.field() + " but " + fields;
            }
        }
        return null;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder sb = new StringBuilder();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                sb.append(k).append(' ').append(v).append(" → ").append(after.get(k)).append("; ");
            }
        });
        return sb.toString();
    }

    /** The records whose ids the path parameters take; the admin's own user and token are never among them. */
    private Map<String, String> fixtures() {
        String team = create("/api/v1/teams", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Fuzz team")));
        String user = create("/api/v1/users", """
                {"username":"%s","password":"fuzz-password-123","fullName":"Fuzz User","roles":["SALES_REP"]}"""
                .formatted(Fixtures.unique("fuzz").toLowerCase()));
        String account = create("/api/v1/accounts", "{\"name\":\"Fuzz account\"}");
        fuzzAccount = account;
        return Map.of("/api/v1/accounts", account,
                "/api/v1/interactions", create("/api/v1/interactions", interaction(account)),
                "/api/v1/contacts", create("/api/v1/contacts", "{\"lastName\":\"Fuzz contact\"}"),
                "/api/v1/teams", team, "/api/v1/users", user,
                "/api/v1/me/api-tokens", create("/api/v1/me/api-tokens", "{\"name\":\"fuzz spare\"}"),
                "/api/v1/views", create("/api/v1/views", "{\"name\":\"Fuzz view\",\"resource\":\"accounts\"}"));
    }

    private String fuzzAccount;

    private static String interaction(String account) {
        return "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"subject\":\"Fuzz call\",\"accountId\":\""
                + account + "\"}";
    }

    private String create(String path, String json) {
        Answer created = api.json("POST", path, json);
        assertThat(created.status()).as(path + ": " + created).isEqualTo(201);
        return created.read("$.id");
    }

    private String pathValue(ApiDocument.Operation op, Param param) {
        if (param.name().equals("collection")) {
            return "accounts";
        }
        String collection = collectionOf(op.path());
        return collection == null ? fixtures.get("/api/v1/accounts") : fixtures.get(collection);
    }

    private String collectionOf(String path) {
        return fixtures.keySet().stream().filter(path::startsWith).max(java.util.Comparator.comparingInt(String::length))
                .orElse(null);
    }

    /** For a DELETE that may succeed: a record made for it, so that the fixtures stay. */
    private String freshPath(FuzzCase c) {
        String collection = collectionOf(c.operation().path());
        String body = switch (collection) {
            case "/api/v1/contacts" -> "{\"lastName\":\"Fuzz delete\"}";
            case "/api/v1/me/api-tokens" -> "{\"name\":\"fuzz delete\"}";
            case "/api/v1/views" -> "{\"name\":\"fuzz delete\",\"resource\":\"accounts\"}";
            case "/api/v1/interactions" -> interaction(fuzzAccount);
            default -> "{\"name\":\"%s\"}".formatted(Fixtures.unique("Fuzz delete"));
        };
        String id = create(collection, body);
        return c.pathAndQuery().replace(fixtures.get(collection), id);
    }
}
