package dev.orbita.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a child process: started with its own data directory (H2 file database
 * and search index) or against a PostgreSQL database, killed with SIGKILL, started again on the same data.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "crash-admin-password";

    private final Path jar;
    private final Path dataDir;
    private final String postgresUrl;
    private final Path log;
    private final int port;
    private Process process;
    private int starts;

    AppProcess(Path jar, Path dataDir, String postgresUrl) throws IOException {
        this.jar = jar;
        this.dataDir = dataDir;
        this.postgresUrl = postgresUrl;
        this.log = dataDir.resolve("app.log");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the jar and waits until it reports ready (schema migrated, search index checked). */
    void start(Duration timeout) throws IOException, InterruptedException {
        starts++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("ORBITA_DATA_DIR", dataDir.toString());
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("ORBITA_DEMO_DATA", "false");
        env.put("ORBITA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (postgresUrl != null) {
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("SPRING_DATASOURCE_URL", postgresUrl);
            env.put("SPRING_DATASOURCE_USERNAME", System.getProperty("spring.datasource.username", "postgres"));
            env.put("SPRING_DATASOURCE_PASSWORD", System.getProperty("spring.datasource.password", ""));
        } else {
            env.remove("SPRING_PROFILES_ACTIVE");
        }
        Files.writeString(log, "\n===== start " + starts + " =====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; log: "
                        + tail());
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application did not become ready in " + timeout + "; log: " + tail());
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close of the database or the index. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not die");
        }
    }

    static String basic() {
        return "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
