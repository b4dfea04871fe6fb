package dev.orbita.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the clients were told survives {@code kill -9}: the packaged jar is started as a child process
 * (H2 file database by default; PostgreSQL when the build runs with {@code -Ppostgres}), six clients
 * create contacts and three rename them through the API, the process is killed in the middle of it,
 * started again on the same data, and every contact whose creation got 201 must be there with the
 * last name its last acknowledged rename gave it (or the one of a rename that was in flight when the
 * process died) — and be found by the search index under that name, not under an older one. Then three
 * clients only rename, and the process is killed again.
 */
class CrashRecoveryIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration START = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path dataDir;
    private AppProcess app;
    private String token;

    /** A contact as the clients know it: the name of the last acknowledged write, and one possibly in flight. */
    static final class Told {
        final String createdAs;
        volatile String acknowledged;
        volatile String inFlight;
        /** Names it had since the last check (some of them acknowledged, one perhaps stored). */
        final List<String> names = new CopyOnWriteArrayList<>();

        Told(String name) {
            this.createdAs = name;
            this.acknowledged = name;
            names.add(name);
        }
    }

    @BeforeEach
    void start() throws Exception {
        dataDir = Files.createTempDirectory("orbita-crash-");
        app = new AppProcess(Path.of(System.getProperty("orbita.jar", "target/orbita-0.1.0-SNAPSHOT.jar")),
                dataDir, postgresDatabase());
        app.start(START);
        token = apiToken();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void acknowledgedCreatesAndRenamesSurviveKillAndAreFoundByTheirStoredName() throws Exception {
        Map<UUID, Told> told = new ConcurrentHashMap<>();
        List<UUID> ids = new CopyOnWriteArrayList<>();

        // six clients create, three rename; killed in the middle of it
        int renamed = writeThenKill(told, ids, 6, 3, Duration.ofSeconds(5));
        assertThat(told).as("contacts created before the crash").hasSizeGreaterThan(20);
        assertThat(renamed).as("renames acknowledged before the crash").isGreaterThan(5);
        app.start(START);
        verify(told, renamed);

        // renames alone: a crash that loses only updates leaves the search index with as many
        // documents as the table has rows, so a count cannot tell that it is out of step
        int renamedAgain = writeThenKill(told, ids, 0, 3, Duration.ofSeconds(4));
        assertThat(renamedAgain).as("renames acknowledged before the second crash").isGreaterThan(5);
        app.start(START);
        verify(told, renamedAgain);
    }

    /** Runs the clients for a while, then kills the process under them; the renames acknowledged. */
    private int writeThenKill(Map<UUID, Told> told, List<UUID> ids, int creators, int renamers, Duration duration)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger renames = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(creators + renamers);
        for (int w = 0; w < creators; w++) {
            long seed = w + 31L * ids.size();
            clients.submit(() -> {
                Random random = new Random(seed);
                while (running.get()) {
                    String last = word(random);
                    try {
                        HttpResponse<String> r = send("POST", "/api/v1/contacts",
                                "{\"firstName\":\"Crash\",\"lastName\":\"" + last + "\"}");
                        if (r.statusCode() == 201) {
                            UUID id = UUID.fromString(json.readTree(r.body()).get("id").asString());
                            told.put(id, new Told(last));
                            ids.add(id);
                        } else {
                            unexpected.add("POST " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException killed) {
                        return; // the process died under this request: nothing was acknowledged
                    }
                }
            });
        }
        for (int w = 0; w < renamers; w++) {
            int share = w;
            long seed = 100 + w + 31L * ids.size();
            clients.submit(() -> {
                Random random = new Random(seed);
                while (running.get()) {
                    List<UUID> mine = ids.stream().filter(id -> Math.floorMod(id.hashCode(), renamers) == share)
                            .toList();
                    if (mine.isEmpty()) {
                        sleep(20);
                        continue;
                    }
                    UUID id = mine.get(random.nextInt(mine.size()));
                    Told contact = told.get(id);
                    String last = word(random);
                    contact.inFlight = last;
                    contact.names.add(last);
                    try {
                        HttpResponse<String> r = send("PATCH", "/api/v1/contacts/" + id,
                                "{\"lastName\":\"" + last + "\"}");
                        if (r.statusCode() == 200) {
                            contact.acknowledged = last;
                            contact.inFlight = null;
                            renames.incrementAndGet();
                        } else {
                            contact.inFlight = null;
                            unexpected.add("PATCH " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException killed) {
                        return; // in flight when the process died: either name may be stored
                    }
                }
            });
        }
        // at least the given time, and long enough for a test worth its name on a slow machine
        long started = System.nanoTime();
        long atLeast = duration.toNanos();
        long atMost = Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() - started < atLeast || (System.nanoTime() - started < atMost
                && ((creators > 0 && told.size() < 30) || renames.get() < 10))) {
            Thread.sleep(100);
        }
        app.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unexpected).as("answers other than 201/200 before the crash").isEmpty();
        return renames.get();
    }

    /** Every acknowledged write is stored, and the search index finds each contact by its stored name only. */
    private void verify(Map<UUID, Told> told, int renames) throws Exception {
        List<String> lost = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (var entry : told.entrySet()) {
            UUID id = entry.getKey();
            Told contact = entry.getValue();
            HttpResponse<String> r = send("GET", "/api/v1/contacts/" + id, null);
            if (r.statusCode() != 200) {
                lost.add(id + " (created as " + contact.createdAs + "): " + r.statusCode());
                continue;
            }
            String stored = json.readTree(r.body()).get("lastName").asString();
            if (!stored.equals(contact.acknowledged) && !stored.equals(contact.inFlight)) {
                lost.add(id + ": stored " + stored + ", acknowledged " + contact.acknowledged);
            }
            // what is stored is now what the clients know
            contact.acknowledged = stored;
            contact.inFlight = null;
            if (!searchFinds(stored, id)) {
                notFound.add(id + " by its stored name " + stored);
            }
            for (String old : contact.names) {
                if (!old.equals(stored) && searchFinds(old, id)) {
                    stale.add(id + " still found by its old name " + old + " (now " + stored + ")");
                }
            }
            contact.names.clear();
            contact.names.add(stored);
        }
        assertThat(lost).as("acknowledged writes lost by kill -9 (of %d contacts, %d renames)", told.size(),
                renames).isEmpty();
        assertThat(notFound).as("contacts the search index cannot find by their stored name").isEmpty();
        assertThat(stale).as("contacts the search index still finds by a name they no longer have").isEmpty();
    }

    private boolean searchFinds(String word, UUID id) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", "/api/v1/search?limit=50&q=" + URLEncoder.encode(word,
                StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode hit : json.readTree(r.body()).get("items")) {
            if (hit.get("id").asString().equals(id.toString())) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.base().resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String apiToken() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.base().resolve("/api/v1/me/api-tokens"))
                .header("Authorization", AppProcess.basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("token").asString();
    }

    /** Letters only, long and random enough to be one contact's name alone. */
    private static String word(Random random) {
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * With {@code -Ppostgres} the build passes the suite's database URL; the crash test gets a fresh
     * database of its own on the same server.
     */
    private static String postgresDatabase() throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return null;
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_crash";
        String user = System.getProperty("spring.datasource.username", "postgres");
        String password = System.getProperty("spring.datasource.password", "");
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }
}
