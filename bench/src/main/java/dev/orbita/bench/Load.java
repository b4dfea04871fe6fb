package dev.orbita.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load on the hot API paths, each followed by the same work done over JDBC on the same database,
 * and a markdown table of throughput and latency percentiles.
 */
final class Load {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern DUR = Pattern.compile("(?:^|[,\\s])([A-Za-z0-9_.-]+)[^,]*?;\\s*dur=([0-9.]+)");
    private static final String RAW_NOTE = "orbita-bench raw sql insert";
    private static final List<String> ALL = List.of("get", "list", "list-owner", "list-q", "search-name",
            "search-phone", "create");
    /** HTML pages, signed in with a session cookie; measured only when named in --endpoints. */
    private static final List<String> PAGES = List.of("page-list", "page-record", "page-360");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** One sampled contact: what the requests are built from. */
    record Sample(UUID id, String first, String last, String sortName, String phone) {
    }

    /** One measured phase: latencies of successful calls, errors, optional server-side times. */
    record Result(Latencies latencies, Latencies server, long ok, long errors, double seconds, String firstError) {

        double perSecond() {
            return ok / seconds;
        }
    }

    /** Per-thread state of a phase; {@link #call} returns true when the operation succeeded. */
    interface Task extends AutoCloseable {
        boolean call(SplittableRandom r, long[] serverNanos) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface TaskFactory {
        Task create() throws Exception;
    }

    /** An endpoint and its raw-SQL equivalent. */
    record Endpoint(String name, String description, String sqlDescription, TaskFactory http, TaskFactory sql,
            String probePath, String metricKey) {
    }

    /** Server-side latencies of one endpoint and where they come from; NaN where unknown. */
    record ServerStats(double p50, double p99, double mean, String source) {
    }

    private final String base;
    private final String jdbc;
    private final String dbUser;
    private final String dbPassword;
    private final HttpClient client;
    private String authorization;
    private final List<Sample> samples = new ArrayList<>();
    private final List<UUID> owners = new ArrayList<>();
    private final List<UUID> accounts = new ArrayList<>();
    private String session;
    private String searchMode;
    private UUID creatorId;
    private UUID creatorTeam;
    private final ConcurrentLinkedQueue<UUID> rawInserted = new ConcurrentLinkedQueue<>();
    private final AtomicLong createCounter = new AtomicLong();
    private final String runTag = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    private Generate.Pools pools;
    private ServerMetrics metrics;

    private Load(String base, String jdbc, String dbUser, String dbPassword) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.jdbc = jdbc;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static void run(Args args) throws Exception {
        String base = args.get("base", "http://127.0.0.1:8080");
        URI baseUri = URI.create(base);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(baseUri.getHost())) {
            throw new IllegalArgumentException("--base must point to this machine (127.0.0.1)");
        }
        String jdbc = args.required("jdbc");
        Load load = new Load(base, jdbc, args.first(Db.isPostgres(jdbc) ? "postgres" : "sa", "db-user"),
                args.first("", "db-password"));
        int concurrency = args.integer("concurrency", 4);
        double seconds = args.decimal("seconds", 20);
        double warmup = args.decimal("warmup", 5);
        double sqlSeconds = args.decimal("sql-seconds", Math.min(seconds, 10));
        int waitIndex = args.integer("wait-index", 300);
        load.searchMode = args.get("search-name", "full");
        if (!List.of("full", "first", "last").contains(load.searchMode)) {
            throw new IllegalArgumentException("--search-name must be full, first or last");
        }
        List<String> wanted = List.of(args.get("endpoints", String.join(",", ALL)).split(","));
        for (String w : wanted) {
            if (!ALL.contains(w.strip()) && !PAGES.contains(w.strip())) {
                throw new IllegalArgumentException("unknown endpoint " + w + "; known: " + ALL + " " + PAGES);
            }
        }

        String createdTokenId = null;
        if (args.has("user") || args.has("metrics-user")) {
            String user = args.first("", "metrics-user", "user");
            String password = args.first("", "metrics-password", "password");
            load.metrics = new ServerMetrics(load.client, load.base, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            if (load.metrics.scrape().isEmpty()) {
                System.out.println("server-side times from /actuator/prometheus not available: "
                        + Optional.ofNullable(load.metrics.problem()).orElse("no http.server.requests timer yet"));
            }
        }
        if (args.has("token")) {
            load.authorization = "Bearer " + args.get("token", "");
        } else if (args.has("user")) {
            String[] created = load.createToken(args.required("user"), args.get("password", ""));
            load.authorization = "Bearer " + created[0];
            createdTokenId = created[1];
        } else {
            throw new IllegalArgumentException("give --token, or --user and --password to create one");
        }

        Map<String, String> facts = load.prepare(args.get("user", "admin"));
        if (wanted.stream().anyMatch(PAGES::contains)) {
            load.session = load.signIn(args.required("user"), args.get("password", ""));
        }
        load.pools = Generate.pools(args.longValue("seed", 7));
        if (waitIndex > 0 && (wanted.contains("search-name") || wanted.contains("search-phone")
                || wanted.contains("list-q"))) {
            load.waitForIndex(waitIndex);
        }

        String loadBefore = loadAverage();
        List<Endpoint> endpoints = load.endpoints().stream().filter(e -> wanted.contains(e.name())).toList();
        Map<String, Result[]> results = new LinkedHashMap<>();
        Map<String, ServerStats> serverStats = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            String problem = load.probe(e);
            Result http = null;
            if (problem != null) {
                System.out.printf("%-13s HTTP skipped: %s%n", e.name(), problem);
            } else {
                System.out.printf("%-13s HTTP  %s: %d thread(s), %.0f s warm-up + %.0f s ...%n", e.name(),
                        e.description(), concurrency, warmup, seconds);
                List<Map<String, ServerMetrics.Snapshot>> scrapes = new ArrayList<>();
                ServerMetrics m = load.metrics;
                http = phase(concurrency, warmup, seconds, e.http(), m == null ? null : () -> scrapes.add(m.scrape()));
                ServerMetrics.Window window = m == null || scrapes.isEmpty() ? null
                        : ServerMetrics.between(scrapes.get(0), m.scrape(), e.metricKey());
                ServerStats stats = serverStats(http, window);
                if (stats != null) {
                    serverStats.put(e.name(), stats);
                }
                System.out.printf("%-13s       %,.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d%s%n", "",
                        http.perSecond(), http.latencies().percentileMillis(50),
                        http.latencies().percentileMillis(99), http.errors(), stats == null ? ""
                                : String.format(Locale.ROOT, "; server p50 %.2f ms, p99 %.2f ms, mean %.2f ms (%s)",
                                        stats.p50(), stats.p99(), stats.mean(), stats.source()));
            }
            System.out.printf("%-13s SQL   %s: %.0f s warm-up + %.0f s ...%n", e.name(), e.sqlDescription(),
                    Math.min(warmup, 3), sqlSeconds);
            Result sql = phase(concurrency, Math.min(warmup, 3), sqlSeconds, e.sql(), null);
            System.out.printf("%-13s       %,.0f ops/s, p50 %.3f ms, p99 %.3f ms, errors %d%n", "", sql.perSecond(),
                    sql.latencies().percentileMillis(50), sql.latencies().percentileMillis(99), sql.errors());
            results.put(e.name(), new Result[] {http, sql});
            if (http != null && http.firstError() != null) {
                System.out.printf("%-13s first HTTP error: %s%n", "", http.firstError());
            }
            if (sql.firstError() != null) {
                System.out.printf("%-13s first SQL error: %s%n", "", sql.firstError());
            }
        }
        load.cleanUpRawInserts();
        if (createdTokenId != null) {
            load.revokeToken(createdTokenId);
        }

        facts.put("machine load average (1/5/15 min)", "before " + loadBefore + ", after " + loadAverage()
                + " (the client, the app and the database share the machine's CPUs)");
        facts.put("concurrency", concurrency + " closed-loop client thread(s) per phase");
        facts.put("durations", String.format(Locale.ROOT, "HTTP %.0f s warm-up + %.0f s measured; raw SQL %.0f s "
                + "warm-up + %.0f s measured", warmup, seconds, Math.min(warmup, 3), sqlSeconds));
        String report = report(args.get("label", ""), facts, endpoints, results, serverStats);
        System.out.println();
        System.out.println(report);
        if (args.has("out")) {
            Path out = Path.of(args.get("out", ""));
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, report);
            System.out.println("written to " + out);
        }
    }

    // ---------------------------------------------------------------- preparation

    private String[] createToken(String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/me/api-tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"orbita-bench " + runTag + "\"}"))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !token.find()) {
            throw new IllegalStateException("could not create an API token as " + user + ": HTTP "
                    + response.statusCode() + " " + abbreviate(response.body()));
        }
        Matcher id = ID.matcher(response.body());
        System.out.println("created API token 'orbita-bench " + runTag + "' for " + user);
        return new String[] {token.group(1), id.find() ? id.group(1) : null};
    }

    private void revokeToken(String id) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/me/api-tokens/" + id))
                    .header("Authorization", authorization).DELETE().timeout(Duration.ofSeconds(30)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.println("revoked the API token (HTTP " + status + ")");
        } catch (Exception e) {
            System.out.println("could not revoke the API token: " + e);
        }
    }

    /** Samples contacts, owners and the creating user from the database; returns facts for the report. */
    private Map<String, String> prepare(String creatorUsername) throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        int cap = 50_000;
        SplittableRandom r = new SplittableRandom(11);
        try (Connection c = Db.connect(jdbc, dbUser, dbPassword)) {
            facts.put("database", c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion());
            c.setAutoCommit(false);
            long seen = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(5000);
                try (ResultSet rs = s.executeQuery("""
                        select c.id, c.first_name, c.last_name, c.sort_name, p.number
                          from contacts c left join contact_phones p on p.contact_id = c.id and p.position = 0""")) {
                    while (rs.next()) {
                        seen++;
                        Sample sample = new Sample(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5));
                        if (samples.size() < cap) {
                            samples.add(sample);
                        } else {
                            long j = r.nextLong(seen);
                            if (j < cap) {
                                samples.set((int) j, sample); // reservoir sampling
                            }
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("select owner_id from contacts group by owner_id")) {
                    while (rs.next()) {
                        owners.add(rs.getObject(1, UUID.class));
                    }
                }
                try (ResultSet rs = s.executeQuery("select id from accounts order by id limit 50000")) {
                    while (rs.next()) {
                        accounts.add(rs.getObject(1, UUID.class));
                    }
                }
                try (ResultSet rs = s.executeQuery("select count(*) from accounts")) {
                    rs.next();
                    facts.put("dataset", String.format(Locale.ROOT, "%,d contacts, %,d accounts, %d owner(s)",
                            seen, rs.getLong(1), owners.size()));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, team_id from users where username = ? or active order by case when username = ? "
                            + "then 0 else 1 end, username")) {
                ps.setString(1, creatorUsername);
                ps.setString(2, creatorUsername);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        creatorId = rs.getObject(1, UUID.class);
                        creatorTeam = rs.getObject(2, UUID.class);
                    }
                }
            }
            c.commit();
        }
        if (samples.isEmpty() || creatorId == null) {
            throw new IllegalStateException("no contacts or no users in the database: run `generate` first");
        }
        System.out.println("dataset: " + facts.get("dataset") + " on " + facts.get("database"));
        return facts;
    }

    /**
     * The app rebuilds its search index at start when it is missing or stale; waits until a few random
     * generated contacts are found by name, so that search is not measured against a half-built index.
     */
    private void waitForIndex(int maxSeconds) throws Exception {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        SplittableRandom r = new SplittableRandom(3);
        List<Sample> probes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            probes.add(samples.get(r.nextInt(samples.size())));
        }
        long started = System.nanoTime();
        boolean announced = false;
        for (Sample s : probes) {
            while (true) {
                HttpResponse<String> response = get("/api/v1/search?q=" + enc(s.first() + " " + s.last()));
                if (response.statusCode() == 404 || response.statusCode() == 405) {
                    System.out.println("search endpoint not available (HTTP " + response.statusCode()
                            + "); not waiting for the index");
                    return;
                }
                if (response.statusCode() == 200 && response.body().contains(s.id().toString())) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    System.out.printf("WARNING: after %d s search still does not find contact %s (%s %s): the "
                            + "index may be incomplete%n", maxSeconds, s.id(), s.first(), s.last());
                    return;
                }
                if (!announced) {
                    System.out.println("waiting for the search index to contain the generated contacts ...");
                    announced = true;
                }
                Thread.sleep(2000);
            }
        }
        System.out.printf("search index ready (checked %d random contacts, waited %.0f s)%n", probes.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /** One request before the load: null when fine, else why the endpoint cannot be measured. */
    private String probe(Endpoint e) {
        try {
            HttpResponse<String> response = PAGES.contains(e.name()) ? page(e.probePath(), null) : get(e.probePath());
            int status = response.statusCode();
            if (status == 302) {
                return "HTTP 302 to " + response.headers().firstValue("Location").orElse("?") + " (not signed in?)";
            }
            if (status == 401 || status == 403) {
                return "HTTP " + status + " (token refused?) " + abbreviate(response.body());
            }
            if (status == 404 || status == 405 || status >= 500) {
                return "HTTP " + status + " on GET " + e.probePath() + " (endpoint missing or failing) "
                        + abbreviate(response.body());
            }
            return null;
        } catch (Exception ex) {
            return ex.toString();
        }
    }

    // ---------------------------------------------------------------- endpoints

    private List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("get", "GET /api/v1/contacts/{id}",
                "contact row + phones + emails by id (3 selects)",
                () -> (r, server) -> httpOk(get("/api/v1/contacts/" + sample(r).id(), server), 200),
                () -> new SqlTask(
                        "select * from contacts where id = ?",
                        "select position, type, number from contact_phones where contact_id = ? order by position",
                        "select position, type, address from contact_emails where contact_id = ? order by position") {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        UUID id = sample(r).id();
                        int rows = 0;
                        for (PreparedStatement ps : statements) {
                            ps.setObject(1, id);
                            rows += drain(ps);
                        }
                        return rows >= 1;
                    }
                }, "/api/v1/contacts/" + samples.get(0).id(), "GET /api/v1/contacts/{id}"));

        String listPath = "/api/v1/contacts?size=20&sort=name,asc";
        String listSql = """
                select c.id, c.first_name, c.last_name, c.sort_name, c.job_title, c.account_id, c.lifecycle_stage,
                  c.owner_id, c.created_at, c.updated_at,
                  (select a.name from accounts a where a.id = c.account_id) as account_name,
                  (select p.number from contact_phones p where p.contact_id = c.id and p.position = 0) as phone,
                  (select e.address from contact_emails e where e.contact_id = c.id and e.position = 0) as email
                from contacts c %s order by c.sort_name, c.id limit 20""";
        list.add(new Endpoint("list", "GET " + listPath, "first 20 rows by sort_name, id (list columns)",
                () -> (r, server) -> httpOk(get(listPath, server), 200),
                () -> new SqlTask(String.format(listSql, "")) {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        return drain(statements.get(0)) == 20;
                    }
                }, listPath, "GET /api/v1/contacts"));
        list.add(new Endpoint("list-owner", "GET " + listPath + "&ownerId={random owner}",
                "first 20 rows of one owner by sort_name, id",
                () -> (r, server) -> httpOk(get(listPath + "&ownerId=" + owners.get(r.nextInt(owners.size())),
                        server), 200),
                () -> new SqlTask(String.format(listSql, "where c.owner_id = ?")) {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        PreparedStatement ps = statements.get(0);
                        ps.setObject(1, owners.get(r.nextInt(owners.size())));
                        return drain(ps) > 0;
                    }
                }, listPath + "&ownerId=" + owners.get(0), "GET /api/v1/contacts"));

        // the list filter ?q= by a contact's last name (often shared by hundreds: a broad filter); its raw-SQL row is
        // the previous implementation's condition, sort_name like '%…%', which scans the table
        list.add(new Endpoint("list-q", "GET " + listPath + "&q={last name of a random contact}",
                "sort_name like '%{last name}%' (the old filter: full scan), first 20 by sort_name, id",
                () -> (r, server) -> httpOk(get(listPath + "&q=" + enc(lastName(sample(r))), server), 200),
                () -> new SqlTask(String.format(listSql, "where c.sort_name like ?")) {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        PreparedStatement ps = statements.get(0);
                        ps.setString(1, "%" + Db.fold(lastName(sample(r))) + "%");
                        return drain(ps) > 0;
                    }
                }, listPath + "&q=" + enc(lastName(samples.get(0))), "GET /api/v1/contacts"));

        // LIKE 'prefix%' alone cannot use the (sort_name, id) b-tree unless the column's collation is "C" (the
        // usual C.UTF-8 or en_US.UTF-8 database default is not), so the prefix is also given as a range.
        String nameSql = searchMode.equals("last")
                ? "select id, first_name, last_name from contacts where sort_name like ? order by sort_name, id "
                        + "limit 20"
                : "select id, first_name, last_name from contacts where sort_name like ? and sort_name >= ? "
                        + "and sort_name < ? order by sort_name, id limit 20";
        list.add(new Endpoint("search-name", "GET /api/v1/search?q={" + searchTermDescription() + "}",
                searchMode.equals("last") ? "sort_name like '%{last name}%' (no index: full scan), 20 rows"
                        : "sort_name like '{name}%' as an index range on (sort_name, id), 20 rows",
                () -> (r, server) -> httpOk(get("/api/v1/search?q=" + enc(searchTerm(sample(r))), server), 200),
                () -> new SqlTask(nameSql) {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        PreparedStatement ps = statements.get(0);
                        String folded = Db.fold(searchTerm(sample(r)));
                        if (searchMode.equals("last")) {
                            ps.setString(1, "%" + folded + "%");
                        } else {
                            ps.setString(1, folded + "%");
                            ps.setString(2, folded);
                            ps.setString(3, folded.isEmpty() ? "\uffff"
                                    : folded.substring(0, folded.length() - 1)
                                            + (char) (folded.charAt(folded.length() - 1) + 1));
                        }
                        return drain(ps) > 0;
                    }
                }, "/api/v1/search?q=" + enc(searchTerm(samples.get(0))), "GET /api/v1/search"));

        list.add(new Endpoint("search-phone", "GET /api/v1/search?q={national phone digits, e.g. 11987654321}",
                "contact_phones.number = ? joined to contacts",
                () -> (r, server) -> httpOk(get("/api/v1/search?q=" + phoneDigits(phoneSample(r)), server), 200),
                () -> new SqlTask("select c.id, c.first_name, c.last_name from contact_phones p join contacts c "
                        + "on c.id = p.contact_id where p.number = ? limit 20") {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        PreparedStatement ps = statements.get(0);
                        ps.setString(1, phoneSample(r).phone());
                        return drain(ps) > 0;
                    }
                }, "/api/v1/search?q=" + phoneDigits(phoneSampleOrFirst()), "GET /api/v1/search"));

        list.add(new Endpoint("create", "POST /api/v1/contacts (name, 1 email, 1 phone)",
                "insert contact + phone + email, one transaction",
                () -> (r, server) -> httpOk(post("/api/v1/contacts", createBody(r), server), 201),
                () -> new SqlTask(
                        "insert into contacts (id, first_name, last_name, sort_name, lifecycle_stage, owner_id, "
                                + "team_id, notes, created_at, created_by, updated_at, updated_by, version) values "
                                + "(?, ?, ?, ?, 'LEAD', ?, ?, '" + RAW_NOTE + "', ?, ?, ?, ?, 0)",
                        "insert into contact_phones (contact_id, position, type, number) values (?, 0, 'MOBILE', ?)",
                        "insert into contact_emails (contact_id, position, type, address) values (?, 0, 'WORK', ?)") {
                    private final TimeIds ids = new TimeIds(ThreadLocalRandom.current().nextLong());

                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        connection.setAutoCommit(false);
                        UUID id = ids.next();
                        String first = pick(pools.firstNames(), r);
                        String last = pick(pools.lastNames(), r);
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        PreparedStatement c = statements.get(0);
                        c.setObject(1, id);
                        c.setString(2, first);
                        c.setString(3, last);
                        c.setString(4, Db.fold(first + " " + last));
                        c.setObject(5, creatorId);
                        c.setObject(6, creatorTeam);
                        c.setObject(7, now);
                        c.setObject(8, creatorId);
                        c.setObject(9, now);
                        c.setObject(10, creatorId);
                        c.executeUpdate();
                        PreparedStatement p = statements.get(1);
                        p.setObject(1, id);
                        p.setString(2, "+5511" + randomMobile(r));
                        p.executeUpdate();
                        PreparedStatement e = statements.get(2);
                        e.setObject(1, id);
                        e.setString(2, uniqueEmail(first, last));
                        e.executeUpdate();
                        connection.commit();
                        rawInserted.add(id);
                        return true;
                    }
                }, "/api/v1/contacts?size=1", "POST /api/v1/contacts"));
        String accountsPage = "/accounts";
        list.add(new Endpoint("page-list", "GET " + accountsPage + " (HTML, session cookie)",
                "first 20 accounts by sort_name, id",
                () -> (r, server) -> httpOk(page(accountsPage, server), 200),
                () -> new SqlTask("select * from accounts order by sort_name, id limit 20") {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        return drain(statements.get(0)) == 20;
                    }
                }, accountsPage, "GET /accounts"));
        list.add(new Endpoint("page-record", "GET /accounts/{id} (HTML, session cookie)",
                "account row by id + its addresses",
                () -> (r, server) -> httpOk(page("/accounts/" + account(r), server), 200),
                () -> new SqlTask("select * from accounts where id = ?",
                        "select * from account_addresses where account_id = ?") {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        UUID id = account(r);
                        statements.get(1).setObject(1, id);
                        drain(statements.get(1));
                        statements.get(0).setObject(1, id);
                        return drain(statements.get(0)) == 1;
                    }
                }, "/accounts/" + (accounts.isEmpty() ? UUID.randomUUID() : accounts.get(0)), "GET /accounts/{id}"));
        list.add(new Endpoint("page-360", "GET /accounts/{id}/360 (HTML, session cookie; its panels load after)",
                "account row by id",
                () -> (r, server) -> httpOk(page("/accounts/" + account(r) + "/360", server), 200),
                () -> new SqlTask("select * from accounts where id = ?") {
                    @Override
                    public boolean call(SplittableRandom r, long[] server) throws SQLException {
                        statements.get(0).setObject(1, account(r));
                        return drain(statements.get(0)) == 1;
                    }
                }, "/accounts/" + (accounts.isEmpty() ? UUID.randomUUID() : accounts.get(0)) + "/360",
                "GET /accounts/{id}/360"));
        return list;
    }

    private String createBody(SplittableRandom r) {
        String first = pick(pools.firstNames(), r);
        String last = pick(pools.lastNames(), r);
        String mobile = randomMobile(r);
        String phone = "+55 11 " + mobile.substring(0, 5) + "-" + mobile.substring(5);
        return "{\"firstName\":" + json(first) + ",\"lastName\":" + json(last)
                + ",\"emails\":[{\"type\":\"WORK\",\"address\":" + json(uniqueEmail(first, last)) + "}]"
                + ",\"phones\":[{\"type\":\"MOBILE\",\"number\":" + json(phone) + "}]}";
    }

    private String uniqueEmail(String first, String last) {
        return Db.slug(first) + "." + Db.slug(last) + ".b" + runTag + "x" + createCounter.incrementAndGet()
                + "@example.com.br";
    }

    /** "9" followed by eight random digits: a valid Brazilian mobile subscriber number. */
    private static String randomMobile(SplittableRandom r) {
        return "9" + String.format("%08d", r.nextInt(100_000_000));
    }

    private String searchTermDescription() {
        return switch (searchMode) {
            case "first" -> "first name of a random contact";
            case "last" -> "last name of a random contact";
            default -> "first and last name of a random contact";
        };
    }

    private String searchTerm(Sample s) {
        String first = s.first() == null ? "" : s.first();
        String last = s.last() == null ? "" : s.last();
        return switch (searchMode) {
            case "first" -> first.isBlank() ? last : first;
            case "last" -> last.isBlank() ? first : last;
            default -> (first + " " + last).strip();
        };
    }

    private static String lastName(Sample s) {
        return s.last() == null || s.last().isBlank() ? s.first() : s.last();
    }

    private Sample sample(SplittableRandom r) {
        return samples.get(r.nextInt(samples.size()));
    }

    private Sample phoneSample(SplittableRandom r) {
        for (int i = 0; i < 100; i++) {
            Sample s = sample(r);
            if (s.phone() != null && s.phone().startsWith("+55")) {
                return s;
            }
        }
        return phoneSampleOrFirst();
    }

    private Sample phoneSampleOrFirst() {
        return samples.stream().filter(s -> s.phone() != null).findFirst().orElse(samples.get(0));
    }

    /** "+5511987654321" → "11987654321": what a user types (DDD + number), 6+ digits. */
    private static String phoneDigits(Sample s) {
        String p = s.phone() == null ? "" : s.phone();
        return p.startsWith("+55") ? p.substring(3) : p.replaceAll("[^0-9]", "");
    }

    // ---------------------------------------------------------------- running

    /** Runs {@code concurrency} closed-loop threads for warm-up + measured seconds; records the measured calls. */
    static Result phase(int concurrency, double warmupSeconds, double seconds, TaskFactory factory,
            Runnable atMeasureStart) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Latencies> all = new ArrayList<>();
        List<Latencies> servers = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            Latencies mine = new Latencies();
            Latencies server = new Latencies();
            all.add(mine);
            servers.add(server);
            long seed = ThreadLocalRandom.current().nextLong();
            Thread thread = new Thread(() -> {
                SplittableRandom r = new SplittableRandom(seed);
                long[] serverNanos = new long[1];
                try (Task task = factory.create()) {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        serverNanos[0] = -1;
                        boolean success;
                        String error = null;
                        try {
                            success = task.call(r, serverNanos);
                        } catch (HttpFailure f) {
                            success = false;
                            error = f.getMessage();
                        } catch (Exception e) {
                            success = false;
                            error = e.toString();
                        }
                        long elapsed = System.nanoTime() - t0;
                        if (t0 >= measureFrom) {
                            if (success) {
                                mine.add(elapsed);
                                ok.incrementAndGet();
                                if (serverNanos[0] >= 0) {
                                    server.add(serverNanos[0]);
                                }
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                        if (!success) {
                            firstError.compareAndSet(null, error == null ? "unexpected result" : error);
                        }
                    }
                } catch (Exception e) {
                    firstError.compareAndSet(null, "worker failed: " + e);
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        if (atMeasureStart != null) {
            long wait = measureFrom - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            atMeasureStart.run();
        }
        long limit = (long) ((warmupSeconds + seconds) * 1000) + 120_000;
        if (!done.await(limit, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            firstError.compareAndSet(null, "workers did not finish in time");
        }
        return new Result(Latencies.merge(all), Latencies.merge(servers), ok.get(), errors.get(), seconds,
                firstError.get());
    }

    /** A failed HTTP call (unexpected status), with the start of the body. */
    static final class HttpFailure extends Exception {
        HttpFailure(String message) {
            super(message, null, false, false);
        }
    }

    private boolean httpOk(HttpResponse<String> response, int expected) throws HttpFailure {
        if (response.statusCode() != expected) {
            throw new HttpFailure("HTTP " + response.statusCode() + " " + response.request().method() + " "
                    + response.request().uri().getRawPath() + " " + abbreviate(response.body()));
        }
        return true;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, long[] server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
        return send(request, server);
    }

    /** A page as a signed-in browser asks for it: the session cookie, Accept text/html. */
    private HttpResponse<String> page(String path, long[] server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", session)
                .header("Accept", "text/html,application/xhtml+xml").timeout(Duration.ofSeconds(60)).GET().build();
        return send(request, server);
    }

    private UUID account(SplittableRandom r) {
        return accounts.get(r.nextInt(accounts.size()));
    }

    /** Signs in with the login form (CSRF token included); returns the session cookie ("NAME=value"). */
    private String signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        String cookie = sessionCookie(form);
        if (!csrf.find() || cookie == null) {
            throw new IllegalStateException("no login form with a CSRF token and a session at /login: HTTP "
                    + form.statusCode());
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        String session = sessionCookie(signedIn);
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("throttled")
                || session == null) {
            throw new IllegalStateException("sign-in as " + user + " failed: HTTP " + signedIn.statusCode() + " "
                    + location);
        }
        System.out.println("signed in as " + user + " for the pages");
        return session;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            if (pair.startsWith("SESSION=") || pair.startsWith("JSESSIONID=")) {
                return pair;
            }
        }
        return null;
    }

    private HttpResponse<String> post(String path, String body, long[] server)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request, server);
    }

    private HttpResponse<String> send(HttpRequest request, long[] server) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (server != null) {
            server[0] = serverTiming(response.headers().allValues("Server-Timing"));
        }
        return response;
    }

    /**
     * Server-side duration in nanoseconds from {@code Server-Timing} ({@code name;dur=12.3}, milliseconds): the
     * metric called total, app or server when present, else the largest; -1 without the header.
     */
    static long serverTiming(List<String> headers) {
        double best = -1;
        double named = -1;
        for (String h : headers) {
            Matcher m = DUR.matcher(h);
            while (m.find()) {
                double ms = Double.parseDouble(m.group(2));
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (name.equals("total") || name.equals("app") || name.equals("server")) {
                    named = Math.max(named, ms);
                }
                best = Math.max(best, ms);
            }
        }
        double ms = named >= 0 ? named : best;
        return ms < 0 ? -1 : (long) (ms * 1_000_000);
    }

    /** A JDBC connection of its own per thread, with prepared statements. */
    abstract class SqlTask implements Task {
        final Connection connection;
        final List<PreparedStatement> statements = new ArrayList<>();

        SqlTask(String... sql) throws SQLException {
            connection = Db.connect(jdbc, dbUser, dbPassword);
            for (String s : sql) {
                statements.add(connection.prepareStatement(s));
            }
        }

        /** Reads every column of every row, as a mapper would; returns the row count. */
        int drain(PreparedStatement ps) throws SQLException {
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows;
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            } finally {
                connection.close();
            }
        }
    }

    /** Deletes the contacts the raw-SQL create phase inserted (they are not in the app's search index). */
    private void cleanUpRawInserts() throws SQLException {
        if (rawInserted.isEmpty()) {
            return;
        }
        try (Connection c = Db.connect(jdbc, dbUser, dbPassword)) {
            c.setAutoCommit(false);
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("delete from contact_phones where contact_id = ?");
                    PreparedStatement e = c.prepareStatement("delete from contact_emails where contact_id = ?");
                    PreparedStatement d = c.prepareStatement("delete from contacts where id = ?")) {
                for (UUID id : rawInserted) {
                    for (PreparedStatement ps : List.of(p, e, d)) {
                        ps.setObject(1, id);
                        ps.addBatch();
                    }
                    if (++n % 1000 == 0) {
                        p.executeBatch();
                        e.executeBatch();
                        d.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                e.executeBatch();
                d.executeBatch();
                c.commit();
            }
            System.out.printf("removed the %,d contacts inserted by the raw-SQL create phase%n", n);
        }
    }

    // ---------------------------------------------------------------- report

    /** Server-Timing values when the app sends them, else the app's own timer over the measured window. */
    static ServerStats serverStats(Result http, ServerMetrics.Window window) {
        double mean = window == null ? Double.NaN : window.meanMillis();
        if (http.server().size() > 0) {
            return new ServerStats(http.server().percentileMillis(50), http.server().percentileMillis(99), mean,
                    "Server-Timing");
        }
        if (window == null) {
            return null;
        }
        return new ServerStats(window.p50Millis(), window.p99Millis(), mean,
                window.histogram() ? "actuator histogram" : "actuator, mean only");
    }

    static String report(String label, Map<String, String> facts, List<Endpoint> endpoints,
            Map<String, Result[]> results, Map<String, ServerStats> server) {
        boolean serverTimes = !server.isEmpty();
        StringBuilder sb = new StringBuilder();
        sb.append("### Orbita benchmark — ").append(ZonedDateTime.now().format(DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm z"))).append(label.isBlank() ? "" : " — " + label).append("\n\n");
        facts.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        sb.append("- client: Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPU(s) visible\n\n");
        sb.append("| endpoint | requests/s | p50 ms | p99 ms |");
        if (serverTimes) {
            sb.append(" server p50 ms | server p99 ms | server mean ms |");
        }
        sb.append(" raw SQL p50 ms | raw SQL p99 ms | ratio (p50 / raw SQL p50) | errors |\n");
        sb.append("| --- | ---: | ---: | ---: |");
        if (serverTimes) {
            sb.append(" ---: | ---: | ---: |");
        }
        sb.append(" ---: | ---: | ---: | ---: |\n");
        for (Endpoint e : endpoints) {
            Result[] r = results.get(e.name());
            if (r == null) {
                continue;
            }
            Result http = r[0];
            Result sql = r[1];
            boolean measured = http != null && http.ok() > 0;
            sb.append("| `").append(e.description()).append("` | ");
            if (http == null) {
                sb.append("n/a | n/a | n/a |");
            } else {
                sb.append(fmt(http.perSecond(), 0)).append(" | ").append(ms(http.latencies().percentileMillis(50)))
                        .append(" | ").append(ms(http.latencies().percentileMillis(99))).append(" |");
            }
            if (serverTimes) {
                ServerStats st = measured ? server.get(e.name()) : null;
                if (st == null) {
                    sb.append(" n/a | n/a | n/a |");
                } else {
                    String bound = st.source().equals("actuator histogram") ? "≤ " : "";
                    sb.append(' ').append(Double.isNaN(st.p50()) ? "n/a" : bound + ms(st.p50())).append(" | ")
                            .append(Double.isNaN(st.p99()) ? "n/a" : bound + ms(st.p99())).append(" | ")
                            .append(ms(st.mean())).append(" |");
                }
            }
            double sqlP50 = sql.latencies().percentileMillis(50);
            sb.append(' ').append(ms(sqlP50)).append(" | ").append(ms(sql.latencies().percentileMillis(99)))
                    .append(" | ");
            if (!measured || Double.isNaN(sqlP50) || sqlP50 <= 0) {
                sb.append("n/a");
            } else {
                sb.append(fmt(http.latencies().percentileMillis(50) / sqlP50, 1)).append('×');
            }
            sb.append(" | ").append(http == null ? "not run" : Long.toString(http.errors()))
                    .append(sql.errors() > 0 ? " (SQL " + sql.errors() + ")" : "").append(" |\n");
        }
        sb.append("\nRaw SQL equivalents (same database, same run, same number of threads, one JDBC connection "
                + "each; throughput in operations/s):\n");
        for (Endpoint e : endpoints) {
            Result[] r = results.get(e.name());
            if (r != null) {
                sb.append("- ").append(e.name()).append(": ").append(e.sqlDescription()).append(" — ")
                        .append(fmt(r[1].perSecond(), 0)).append(" ops/s\n");
            }
        }
        sb.append('\n');
        List<String> errors = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Result[] r = results.get(e.name());
            if (r != null && r[0] != null && r[0].firstError() != null) {
                errors.add("- " + e.name() + ": " + r[0].firstError());
            }
            if (r != null && r[1].firstError() != null) {
                errors.add("- " + e.name() + " (raw SQL): " + r[1].firstError());
            }
        }
        if (!errors.isEmpty()) {
            sb.append("First error per endpoint:\n").append(String.join("\n", errors)).append("\n\n");
        }
        sb.append("Client-side latencies (p50, p99, requests/s) include the HTTP round trip on loopback (headers, "
                + "JSON, the client's own overhead); raw SQL latencies include the JDBC round trip. ");
        if (!serverTimes) {
            sb.append("No server-side times: the app sent no `Server-Timing` header and /actuator/prometheus was "
                    + "not read (give --user/--password of an ADMIN).");
        } else if (server.values().stream().anyMatch(v -> v.source().equals("Server-Timing"))) {
            sb.append("Server times come from the app's `Server-Timing` header, the mean from its "
                    + "`http.server.requests` timer.");
        } else {
            sb.append("Server times come from the app's own `http.server.requests` timer (Micrometer, read from "
                    + "/actuator/prometheus before and after the measured window): the mean is exact, p50 and p99 "
                    + "are the upper bounds of the histogram buckets holding them (≤ 10 % coarse), n/a when the "
                    + "app publishes no histogram.");
        }
        sb.append("\n\n").append(targets(results, server));
        return sb.toString();
    }

    private static String targets(Map<String, Result[]> results, Map<String, ServerStats> server) {
        StringBuilder sb = new StringBuilder("Targets (issue, at 100 000 contacts on PostgreSQL): ");
        List<String> checks = new ArrayList<>();
        for (String name : List.of("search-name", "search-phone", "get", "list-q", "list-owner")) {
            Result[] r = results.get(name);
            if (r == null || r[0] == null || r[0].ok() == 0) {
                continue;
            }
            double limit = switch (name) {
                case "get" -> 5;
                case "list-q", "list-owner" -> 20;
                default -> 50;
            };
            ServerStats st = server.get(name);
            boolean serverSide = st != null && !Double.isNaN(st.p99());
            double p99 = serverSide ? st.p99() : r[0].latencies().percentileMillis(99);
            String verdict = p99 < limit ? "met" : "MISSED";
            if (!serverSide && p99 >= limit) {
                verdict = "not shown (client-side p99 is above the limit; server-side time unknown)";
            }
            checks.add(String.format(Locale.ROOT, "%s p99 < %.0f ms: %s (%s p99 %s ms)", name, limit, verdict,
                    serverSide ? "server" : "client-side", ms(p99)));
        }
        for (String name : PAGES) {
            Result[] r = results.get(name);
            ServerStats st = server.get(name);
            if (r == null || r[0] == null || r[0].ok() == 0 || st == null || Double.isNaN(st.p50())) {
                continue;
            }
            checks.add(String.format(Locale.ROOT, "%s server p50 < 10 ms: %s (server p50 %s ms)", name,
                    st.p50() < 10 ? "met" : "MISSED", ms(st.p50())));
        }
        sb.append(checks.isEmpty() ? "not measured" : String.join("; ", checks)).append(".\n");
        return sb.toString();
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v < 1 ? String.format(Locale.ROOT, "%.3f", v) : v < 10 ? String.format(Locale.ROOT, "%.2f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    // ---------------------------------------------------------------- small helpers

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String pick(List<String> values, SplittableRandom r) {
        return values.get(r.nextInt(values.size()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
