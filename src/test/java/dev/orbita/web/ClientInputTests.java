package dev.orbita.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.support.Fixtures;
import dev.orbita.support.HttpApi;
import dev.orbita.support.HttpApi.Answer;
import dev.orbita.support.ServerTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each input of issue 6 §8 that once answered 500, over a real HTTP connection: now a 4xx problem
 * naming the field, or a success where the input is fine.
 */
@ServerTest
class ClientInputTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    HttpApi api;

    @BeforeEach
    void signIn() {
        api = HttpApi.asAdmin(port);
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        if (field != null) {
            List<String> fields = answer.read("$.errors[*].field");
            assertThat(fields).as(answer.toString()).contains(field);
        }
    }

    private String create(String path, String json) {
        Answer created = api.json("POST", path, json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.read("$.id");
    }

    @Test
    void theDuplicateLookupWorksWithAPhoneOrATaxIdAndNoEmail() {
        String phone = "+55 21 9" + (10_000_000 + (int) (Math.random() * 89_999_999));
        create("/api/v1/accounts", "{\"name\":\"%s\",\"phones\":[{\"number\":\"%s\"}]}"
                .formatted(Fixtures.unique("Fone"), phone));
        Answer second = api.json("POST", "/api/v1/accounts", "{\"name\":\"%s\",\"phones\":[{\"number\":\"%s\"}]}"
                .formatted(Fixtures.unique("Fone"), phone));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat((List<?>) second.read("$.duplicates")).isNotEmpty();
        Answer contact = api.json("POST", "/api/v1/contacts", "{\"lastName\":\"%s\",\"taxId\":\"529.982.247-25\"}"
                .formatted(Fixtures.unique("Cpf")));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    }

    @Test
    void emailsNullOrEmptyOnPutAndPatchClearTheEmails() {
        for (String resource : List.of("accounts", "contacts")) {
            String nameField = resource.equals("accounts") ? "name" : "lastName";
            for (String emails : List.of("null", "[]")) {
                String id = create("/api/v1/" + resource, "{\"%s\":\"%s\",\"emails\":[{\"address\":\"a@example.com\"}]}"
                        .formatted(nameField, Fixtures.unique("Mail")));
                Answer put = api.json("PUT", "/api/v1/" + resource + "/" + id,
                        "{\"%s\":\"%s\",\"emails\":%s}".formatted(nameField, Fixtures.unique("Mail"), emails));
                assertThat(put.status()).as("PUT emails " + emails + ": " + put).isEqualTo(200);
                assertThat(put.body()).doesNotContain("a@example.com");
                String other = create("/api/v1/" + resource,
                        "{\"%s\":\"%s\",\"emails\":[{\"address\":\"b@example.com\"}]}"
                                .formatted(nameField, Fixtures.unique("Mail")));
                Answer patch = api.send("PATCH", "/api/v1/" + resource + "/" + other,
                        Map.of("Content-Type", "application/merge-patch+json"),
                        ("{\"emails\":" + emails + "}").getBytes(StandardCharsets.UTF_8));
                assertThat(patch.status()).as("PATCH emails " + emails + ": " + patch).isEqualTo(200);
                assertThat(patch.body()).doesNotContain("b@example.com");
            }
        }
    }

    @Test
    void aWildcardOrOddContentTypeIsAnUnsupportedMediaType() {
        String id = create("/api/v1/accounts", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Media")));
        byte[] body = "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("*/*", "application/*", "text/plain", "nonsense", "application/xml")) {
            for (String[] call : List.of(new String[] { "POST", "/api/v1/accounts" },
                    new String[] { "PUT", "/api/v1/accounts/" + id }, new String[] { "PATCH", "/api/v1/accounts/" + id },
                    new String[] { "POST", "/api/v1/users" }, new String[] { "POST", "/api/v1/me/api-tokens" })) {
                Answer answer = api.send(call[0], call[1], Map.of("Content-Type", type), body);
                assertThat(answer.status()).as(type + " " + call[0] + " " + call[1] + ": " + answer).isEqualTo(415);
                assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            }
        }
    }

    @Test
    void invalidUtf8InAQueryParameterIsABadRequestNamingIt() {
        for (String path : List.of("/api/v1/accounts", "/api/v1/contacts", "/api/v1/search")) {
            for (String bad : List.of("%FF", "%C0%AF", "abc%E2%82", "%ED%A0%80", "%00", "a%00b")) {
                assertProblem(api.get(path + "?q=" + bad), 400, "q");
            }
        }
        assertProblem(api.get("/api/v1/accounts?tag=%FF"), 400, "tag");
        assertProblem(api.get("/api/v1/contacts?tag=x%00"), 400, "tag");
        assertProblem(api.get("/api/v1/accounts?%FF=1"), 400, null);
    }

    @Test
    void aSortWithoutAFieldIsABadRequestNamingSort() {
        for (String sort : List.of(",", ",,,", ",asc", "name,", " , ")) {
            String query = "?sort=" + java.net.URLEncoder.encode(sort, StandardCharsets.UTF_8);
            assertProblem(api.get("/api/v1/accounts" + query), 400, "sort");
            assertProblem(api.get("/api/v1/contacts" + query), 400, "sort");
        }
    }

    @Test
    void aTamperedCursorIsABadRequestNamingAfter() {
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        for (String raw : List.of("a\u0000b\u0000" + java.util.UUID.randomUUID(), "\u0000" + "x",
                "\uFFFD\u0000not-a-uuid", "\u0000\u0000")) {
            String cursor = encoder.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            assertProblem(api.get("/api/v1/accounts?after=" + cursor), 400, "after");
            assertProblem(api.get("/api/v1/contacts?sort=updatedAt&after=" + cursor), 400, "after");
        }
        String nul = encoder.encodeToString(("x\u0000y\u0000" + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertProblem(api.get("/api/v1/accounts?sort=name&after=" + nul), 400, "after");
        byte[] invalidUtf8 = { (byte) 0xFF, 0, '1' };
        assertProblem(api.get("/api/v1/accounts?after=" + encoder.encodeToString(invalidUtf8)), 400, "after");
    }

    @Test
    void anInstantOutsideWhatADatabaseStoresIsABadRequestNamingIt() {
        for (String since : List.of("%2B999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "%2B10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z")) {
            assertProblem(api.get("/api/v1/accounts?updatedSince=" + since), 400, "updatedSince");
            assertProblem(api.get("/api/v1/contacts?updatedSince=" + since), 400, "updatedSince");
        }
        assertThat(api.get("/api/v1/accounts?updatedSince=2020-01-01T00:00:00Z").status()).isEqualTo(200);
        Answer token = api.json("POST", "/api/v1/me/api-tokens",
                "{\"name\":\"far\",\"expiresAt\":\"+999999999-12-31T23:59:59Z\"}");
        assertProblem(token, 400, "expiresAt");
    }

    @Test
    void aLoneSurrogateOrNulInAnyTextFieldIsRefusedNamingTheField() {
        int accountsBefore = total("/api/v1/accounts");
        for (String bad : List.of("\\uD800", "x\\uDC00y", "\\u0000", "a\\u0000")) {
            assertProblem(api.json("POST", "/api/v1/accounts", "{\"name\":\"Ana" + bad + "\"}"), 400, "name");
            assertProblem(api.json("POST", "/api/v1/contacts", "{\"lastName\":\"S" + bad + "\"}"), 400, "lastName");
            assertProblem(api.json("POST", "/api/v1/accounts",
                    "{\"name\":\"ok\",\"customFields\":{\"k\":\"" + bad + "\"}}"), 400, "customFields.k");
            assertProblem(api.json("POST", "/api/v1/accounts", "{\"name\":\"ok\",\"tags\":[\"t" + bad + "\"]}"),
                    400, "tags[0]");
            assertProblem(api.json("POST", "/api/v1/teams", "{\"name\":\"T" + bad + "\"}"), 400, "name");
            assertProblem(api.json("POST", "/api/v1/users", """
                    {"username":"%s","password":"long-enough-pw","fullName":"U%s","roles":["SALES_REP"]}"""
                    .formatted(Fixtures.unique("u").toLowerCase(), bad)), 400, "fullName");
            assertProblem(api.json("POST", "/api/v1/me/api-tokens", "{\"name\":\"t" + bad + "\"}"), 400, "name");
        }
        String id = create("/api/v1/accounts", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Sur")));
        assertProblem(api.send("PATCH", "/api/v1/accounts/" + id, Map.of("Content-Type", "application/merge-patch+json"),
                "{\"notes\":\"\\uD83D\"}".getBytes(StandardCharsets.UTF_8)), 400, "notes");
        assertProblem(api.json("PUT", "/api/v1/accounts/" + id, "{\"name\":\"\\uDFFF\"}"), 400, "name");
        assertThat(total("/api/v1/accounts")).isEqualTo(accountsBefore + 1);
        // a real pair of surrogates is an emoji, and is kept
        Answer emoji = api.json("POST", "/api/v1/accounts", "{\"name\":\"Caf\\u00e9 \\uD83D\\uDE00 " + Fixtures.unique("") + "\"}");
        assertThat(emoji.status()).as(emoji.toString()).isEqualTo(201);
        assertThat((String) emoji.read("$.name")).startsWith("Café \uD83D\uDE00");
        Answer read = api.get("/api/v1/accounts/" + emoji.read("$.id"));
        assertThat((String) read.read("$.name")).startsWith("Café \uD83D\uDE00");
    }

    @Test
    void invalidUtf8InAJsonBodyIsMalformed() {
        byte[] body = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}' };
        Answer answer = api.send("POST", "/api/v1/accounts", Map.of("Content-Type", "application/json"), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        Answer latin1 = api.send("POST", "/api/v1/accounts", Map.of("Content-Type", "application/json;charset=latin1"),
                "{\"name\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).as(latin1.toString()).isLessThan(500);
    }

    @Test
    void aPasswordOverBcryptsLimitIsABadRequestNamingPasswordAndCannotSignIn() {
        String emoji = "\uD83D\uDE00".repeat(20); // 20 characters a user sees, 80 bytes
        String username = Fixtures.unique("long").toLowerCase();
        Answer created = api.json("POST", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Long Password","roles":["SALES_REP"]}"""
                .formatted(username, emoji));
        assertProblem(created, 400, "password");
        assertThat((String) created.read("$.errors[0].message")).contains("72");
        Answer ptBr = api.send("POST", "/api/v1/users", Map.of("Content-Type", "application/json",
                "Accept-Language", "pt-BR"), """
                {"username":"%s","password":"%s","fullName":"Long Password","roles":["SALES_REP"]}"""
                .formatted(username, "a".repeat(73)).getBytes(StandardCharsets.UTF_8));
        assertProblem(ptBr, 400, "password");
        assertThat((String) ptBr.read("$.errors[0].message")).contains("senha").contains("72");
        Answer ptPt = api.send("POST", "/api/v1/users", Map.of("Content-Type", "application/json",
                "Accept-Language", "pt-PT"), """
                {"username":"%s","password":"%s","fullName":"Long Password","roles":["SALES_REP"]}"""
                .formatted(username, "a".repeat(73)).getBytes(StandardCharsets.UTF_8));
        assertThat((String) ptPt.read("$.errors[0].message")).contains("palavra-passe").contains("72");

        String ok = "a".repeat(72);
        Answer user = api.json("POST", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Long Password","roles":["SALES_REP"]}"""
                .formatted(username, ok));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        String id = user.read("$.id");
        assertProblem(api.json("PUT", "/api/v1/users/" + id, """
                {"password":"%s","fullName":"Long Password","roles":["SALES_REP"]}""".formatted(emoji)), 400,
                "password");
        assertThat(HttpApi.basic(port, username, ok).get("/api/v1/accounts?size=1").status()).isEqualTo(200);
        Answer tooLong = HttpApi.basic(port, username, ok + "b").get("/api/v1/accounts?size=1");
        assertThat(tooLong.status()).as("72 bytes and more is never the password: " + tooLong).isEqualTo(401);
        assertThat(HttpApi.basic(port, username, emoji).get("/api/v1/accounts?size=1").status()).isEqualTo(401);
    }

    @Test
    void concurrentAccountsWithTheSameCnpjAreAllCreated() throws Exception {
        String cnpj = "11.444.777/0001-61";
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String name = Fixtures.unique("Cnpj");
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.json("POST", "/api/v1/accounts",
                            "{\"name\":\"%s\",\"taxId\":\"%s\",\"emails\":[{\"address\":\"x@cnpj.example.com\"}]}"
                                    .formatted(name, cnpj));
                }));
            }
            start.countDown();
            for (Future<Answer> answer : answers) {
                Answer a = answer.get(60, TimeUnit.SECONDS);
                assertThat(a.status()).as(a.toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePagesRefuseBrokenParametersWithAnErrorPageNotA500() {
        HttpApi browser = HttpApi.anonymous(port);
        for (String path : List.of("/accounts?q=%FF", "/search?q=a%00b", "/login?error=%C0%AF")) {
            Answer page = browser.send("GET", path, Map.of("Accept", "text/html"), null);
            assertThat(page.status()).as(path + ": " + page).isEqualTo(400);
            assertThat(page.contentType()).as(page.headers() + " " + page.body()).startsWith("text/html");
        }
        Answer login = browser.send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "username=admin%00&password=%FF".getBytes(StandardCharsets.US_ASCII));
        assertThat(login.status()).as(login.toString()).isEqualTo(400);
        Answer wildcard = browser.send("POST", "/login", Map.of("Content-Type", "*/*"), new byte[] { 1 });
        assertThat(wildcard.status()).as(wildcard.toString()).isEqualTo(415);
    }

    @Test
    void aDirectRequestForTheErrorPathIsNotFound() {
        for (HttpApi client : List.of(api, HttpApi.anonymous(port))) {
            Answer answer = client.get("/error");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            Answer json = client.send("GET", "/error", Map.of("Accept", "application/json"), null);
            assertThat(json.status()).as(json.toString()).isEqualTo(404);
            assertThat(client.send("POST", "/error", Map.of(), new byte[0]).status()).isLessThan(500);
        }
    }

    @Test
    void oddAcceptAndIfMatchHeadersAreClientErrors() {
        String id = create("/api/v1/accounts", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Hdr")));
        Answer xml = api.send("GET", "/api/v1/accounts/" + id, Map.of("Accept", "application/xml"), null);
        assertThat(xml.status()).as(xml.toString()).isEqualTo(406);
        for (String tag : List.of("garbage", "\"abc\"", "\"99999999999999999999999\"", "W/", "\"-1\"", "\"\"")) {
            Answer answer = api.send("PUT", "/api/v1/accounts/" + id, Map.of("Content-Type", "application/json",
                    "If-Match", tag), "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(tag + ": " + answer).isBetween(400, 499);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        }
    }

    @Test
    void aRowLockNotGrantedInTimeIsServiceUnavailableWithRetryAfter() throws Exception {
        // H2 by LOCK_TIMEOUT in its URL, PostgreSQL by the lock_timeout every connection gets: 10 s
        String id = create("/api/v1/accounts", "{\"name\":\"%s\"}".formatted(Fixtures.unique("Locked")));
        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select id from accounts where id = ? for update")) {
                lock.setObject(1, java.util.UUID.fromString(id));
                lock.executeQuery().close();
            }
            Answer patch = api.send("PATCH", "/api/v1/accounts/" + id,
                    Map.of("Content-Type", "application/merge-patch+json"),
                    "{\"notes\":\"waited\"}".getBytes(StandardCharsets.UTF_8));
            holder.rollback();
            assertThat(patch.status()).as(patch.toString()).isEqualTo(503);
            assertThat(patch.isProblem()).isTrue();
            assertThat(patch.header("Retry-After")).hasValue("2");
            assertThat((String) patch.read("$.type")).endsWith("/unavailable");
        }
        Answer after = api.get("/api/v1/accounts/" + id);
        assertThat(after.body()).doesNotContain("waited");
        assertThat((Integer) after.read("$.version")).isZero();
    }

    private int total(String path) {
        return api.get(path + "?size=1").read("$.total");
    }
}
