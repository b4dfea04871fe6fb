package dev.orbita.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.datafaker.Faker;

/**
 * Fills the app's customer tables with realistic Brazilian accounts and contacts using JDBC batch inserts:
 * batches of {@code --batch} parents (with their child rows), one transaction per batch.
 */
final class Generate {

    private static final String[] STAGES = {"LEAD", "PROSPECT", "CUSTOMER"};
    private static final String[] TIERS = {"PLATINUM", "GOLD", "SILVER", "BRONZE"};
    private static final String[] FREE_MAIL = {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br",
        "uol.com.br", "bol.com.br", "terra.com.br"};
    private static final String[] CHANNELS = {"EMAIL", "PHONE", "WHATSAPP"};

    record Owner(UUID id, UUID teamId) {
    }

    /** Values drawn once from Datafaker (pt-BR) and combined at random: fast and thread-safe. */
    record Pools(List<String> firstNames, List<String> lastNames, List<String> companyNames,
            List<String> companySuffixes, List<String> industries, List<String> jobTitles, List<String> streets) {
    }

    private Generate() {
    }

    static void run(Args args) throws Exception {
        String url = bulkLoad(args.required("jdbc"));
        String user = args.first(Db.isPostgres(url) ? "postgres" : "sa", "user", "db-user");
        String password = args.first("", "password", "db-password");
        int contacts = args.integer("contacts", 100_000);
        int accounts = args.integer("accounts", 20_000);
        int batch = args.integer("batch", 1000);
        int threads = Math.max(1, args.integer("threads", 2));
        double linked = args.decimal("linked", 0.6);
        long seed = args.longValue("seed", 42);
        if (contacts < 0 || accounts < 0 || batch < 1 || linked < 0 || linked > 1) {
            throw new IllegalArgumentException("invalid sizes");
        }
        if (accounts == 0) {
            linked = 0;
        }

        List<Owner> owners;
        try (Connection c = Db.connect(url, user, password)) {
            System.out.printf("database: %s %s%n", c.getMetaData().getDatabaseProductName(),
                    c.getMetaData().getDatabaseProductVersion());
            owners = owners(c);
            if (args.flag("reset")) {
                long t = System.nanoTime();
                reset(c, Db.isPostgres(url));
                System.out.printf("reset: deleted existing accounts and contacts in %.1f s%n", seconds(t));
            }
        }
        System.out.printf("owners: %d active user(s)%n", owners.size());

        long t0 = System.nanoTime();
        Pools pools = pools(seed);
        System.out.printf("name pools from Datafaker pt-BR: %d first, %d last, %d company names (%.1f s)%n",
                pools.firstNames().size(), pools.lastNames().size(), pools.companyNames().size(), seconds(t0));

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID[] accountIds = new UUID[accounts];
        int[] accountOwner = new int[accounts];
        String[] accountDomain = new String[accounts];
        SplittableRandom plan = new SplittableRandom(seed);
        for (int i = 0; i < accounts; i++) {
            accountOwner[i] = plan.nextInt(owners.size());
        }

        long started = System.nanoTime();
        AtomicLong rows = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // accounts first (contacts reference them), then contacts
            runChunks(pool, threads, accounts, batch, (from, to, worker) -> {
                try (Connection c = Db.connect(url, user, password)) {
                    c.setAutoCommit(false);
                    insertAccounts(c, from, to, batch, pools, owners, accountOwner, accountIds, accountDomain, now,
                            new SplittableRandom(seed * 31 + worker), new TimeIds(seed + worker), rows);
                }
            });
            long accountsDone = System.nanoTime();
            System.out.printf("accounts: %,d (+ addresses) in %.1f s%n", accounts, (accountsDone - started) / 1e9);
            final double linkedShare = linked;
            runChunks(pool, threads, contacts, batch, (from, to, worker) -> {
                try (Connection c = Db.connect(url, user, password)) {
                    c.setAutoCommit(false);
                    insertContacts(c, from, to, batch, linkedShare, pools, owners, accountOwner, accountIds,
                            accountDomain, now, new SplittableRandom(seed * 17 + worker),
                            new TimeIds(seed * 7 + worker), rows);
                }
            });
            double contactSeconds = (System.nanoTime() - accountsDone) / 1e9;
            System.out.printf("contacts: %,d (+ 1 phone, 1 email each) in %.1f s = %,.0f contacts/s%n", contacts,
                    contactSeconds, contacts / Math.max(contactSeconds, 1e-9));
        } finally {
            pool.shutdownNow();
        }
        double elapsed = seconds(started);
        System.out.printf("inserted %,d rows in %.1f s = %,.0f rows/s (%,.0f contacts/s overall)%n", rows.get(),
                elapsed, rows.get() / elapsed, contacts / elapsed);

        if (!args.flag("no-analyze")) {
            long t = System.nanoTime();
            try (Connection c = Db.connect(url, user, password); Statement s = c.createStatement()) {
                if (Db.isPostgres(url)) {
                    s.execute("vacuum (analyze) accounts, account_addresses, contacts, contact_phones, "
                            + "contact_emails");
                } else {
                    s.execute("analyze");
                }
            }
            System.out.printf("statistics updated (%s) in %.1f s%n", Db.isPostgres(url) ? "VACUUM ANALYZE"
                    : "ANALYZE", seconds(t));
        }
        try (Connection c = Db.connect(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from accounts), (select count(*) from "
                        + "contacts), (select count(*) from contact_phones), (select count(*) from contact_emails)")) {
            rs.next();
            System.out.printf("now in the database: %,d accounts, %,d contacts, %,d contact phones, %,d contact "
                    + "emails%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
        System.out.println("next: start the app so that it rebuilds its search index, then run `load`.");
    }

    /** For an embedded H2 file a bigger page cache for this process (the default 16 MB thrashes on the indexes). */
    static String bulkLoad(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("CACHE_SIZE")
                && !url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
            return url + ";CACHE_SIZE=262144";
        }
        return url;
    }

    interface Chunk {
        void run(int from, int to, int worker) throws Exception;
    }

    /** Splits [0, n) into one contiguous range per thread and waits for all; the first failure is rethrown. */
    private static void runChunks(ExecutorService pool, int threads, int n, int batch, Chunk chunk) throws Exception {
        if (n == 0) {
            return;
        }
        int parts = Math.max(1, Math.min(threads, (n + batch - 1) / batch));
        int per = (n + parts - 1) / parts;
        List<Future<?>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = p * per;
            int to = Math.min(n, from + per);
            int worker = p;
            futures.add(pool.submit(() -> {
                chunk.run(from, to, worker);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void insertAccounts(Connection c, int from, int to, int batch, Pools pools, List<Owner> owners,
            int[] accountOwner, UUID[] accountIds, String[] accountDomain, OffsetDateTime now, SplittableRandom r,
            TimeIds ids, AtomicLong rows) throws SQLException {
        String accountSql = """
                insert into accounts (id, kind, name, sort_name, legal_name, tax_id_kind, tax_id, industry, website,
                  lifecycle_stage, tier, owner_id, team_id, created_at, updated_at, version)
                values (?, 'COMPANY', ?, ?, ?, 'CNPJ', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
        String addressSql = """
                insert into account_addresses (account_id, position, type, street, number, complement, district,
                  city, region, postal_code, country) values (?, 0, 'BILLING', ?, ?, ?, ?, ?, ?, ?, 'BR')""";
        try (PreparedStatement a = c.prepareStatement(accountSql);
                PreparedStatement ad = c.prepareStatement(addressSql)) {
            int inBatch = 0;
            for (int i = from; i < to; i++) {
                UUID id = ids.next();
                accountIds[i] = id;
                String base = pick(pools.companyNames(), r);
                String name = base + " " + pick(pools.companySuffixes(), r);
                if (name.length() > 200) {
                    name = name.substring(0, 200);
                }
                String slug = Db.slug(base);
                if (slug.length() > 40) {
                    slug = slug.substring(0, 40);
                }
                String domain = slug + (i % 7 == 0 ? ".com" : ".com.br");
                accountDomain[i] = domain;
                Owner owner = owners.get(accountOwner[i]);
                a.setObject(1, id);
                a.setString(2, name);
                a.setString(3, Db.fold(name));
                a.setString(4, (name + " Ltda.").length() <= 200 ? name + " Ltda." : name);
                a.setString(5, Brazil.cnpj(i));
                a.setString(6, pick(pools.industries(), r));
                a.setString(7, "https://www." + domain);
                a.setString(8, STAGES[r.nextInt(STAGES.length)]);
                a.setString(9, r.nextInt(3) == 0 ? TIERS[r.nextInt(TIERS.length)] : null);
                a.setObject(10, owner.id());
                a.setObject(11, owner.teamId());
                a.setObject(12, now);
                a.setObject(13, now);
                a.addBatch();

                Brazil.Place place = Brazil.PLACES[r.nextInt(Brazil.PLACES.length)];
                ad.setObject(1, id);
                ad.setString(2, pick(pools.streets(), r));
                ad.setString(3, Integer.toString(1 + r.nextInt(3000)));
                ad.setString(4, r.nextInt(4) == 0 ? "Sala " + (100 + r.nextInt(1900)) : null);
                ad.setString(5, Brazil.DISTRICTS[r.nextInt(Brazil.DISTRICTS.length)]);
                ad.setString(6, place.city());
                ad.setString(7, place.state());
                ad.setString(8, Brazil.postalCode(place, r));
                ad.addBatch();

                if (++inBatch == batch || i == to - 1) {
                    a.executeBatch();
                    ad.executeBatch();
                    c.commit();
                    rows.addAndGet(2L * inBatch);
                    inBatch = 0;
                }
            }
        }
    }

    private static void insertContacts(Connection c, int from, int to, int batch, double linked, Pools pools,
            List<Owner> owners, int[] accountOwner, UUID[] accountIds, String[] accountDomain, OffsetDateTime now,
            SplittableRandom r, TimeIds ids, AtomicLong rows) throws SQLException {
        String contactSql = """
                insert into contacts (id, first_name, last_name, sort_name, account_id, job_title, preferred_channel,
                  language, time_zone, lifecycle_stage, owner_id, team_id, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'pt-BR', 'America/Sao_Paulo', ?, ?, ?, ?, ?, 0)""";
        String phoneSql = "insert into contact_phones (contact_id, position, type, number) values (?, 0, 'MOBILE', ?)";
        String emailSql = "insert into contact_emails (contact_id, position, type, address) values (?, 0, ?, ?)";
        try (PreparedStatement ct = c.prepareStatement(contactSql);
                PreparedStatement ph = c.prepareStatement(phoneSql);
                PreparedStatement em = c.prepareStatement(emailSql)) {
            int inBatch = 0;
            for (int i = from; i < to; i++) {
                UUID id = ids.next();
                String first = pick(pools.firstNames(), r);
                String last = pick(pools.lastNames(), r);
                if (r.nextInt(4) == 0) {
                    last = last + " " + pick(pools.lastNames(), r); // compound surnames are common in Brazil
                }
                boolean withAccount = r.nextDouble() < linked;
                int account = withAccount ? r.nextInt(accountIds.length) : -1;
                Owner owner = owners.get(withAccount ? accountOwner[account] : r.nextInt(owners.size()));
                Brazil.Place place = Brazil.PLACES[r.nextInt(Brazil.PLACES.length)];

                ct.setObject(1, id);
                ct.setString(2, first);
                ct.setString(3, last);
                ct.setString(4, Db.fold(first + " " + last));
                ct.setObject(5, withAccount ? accountIds[account] : null);
                ct.setString(6, withAccount ? pick(pools.jobTitles(), r) : null);
                ct.setString(7, r.nextInt(3) == 0 ? CHANNELS[r.nextInt(CHANNELS.length)] : null);
                ct.setString(8, STAGES[r.nextInt(STAGES.length)]);
                ct.setObject(9, owner.id());
                ct.setObject(10, owner.teamId());
                ct.setObject(11, now);
                ct.setObject(12, now);
                ct.addBatch();

                ph.setObject(1, id);
                ph.setString(2, Brazil.mobile(place.ddd(), i));
                ph.addBatch();

                String[] surnames = last.split(" ");
                String local = Db.slug(first) + "." + Db.slug(surnames[surnames.length - 1]) + "."
                        + Integer.toString(i, 36);
                em.setObject(1, id);
                em.setString(2, withAccount ? "WORK" : "PERSONAL");
                em.setString(3, local + "@" + (withAccount ? accountDomain[account]
                        : FREE_MAIL[r.nextInt(FREE_MAIL.length)]));
                em.addBatch();

                if (++inBatch == batch || i == to - 1) {
                    ct.executeBatch();
                    ph.executeBatch();
                    em.executeBatch();
                    c.commit();
                    rows.addAndGet(3L * inBatch);
                    inBatch = 0;
                }
            }
        }
    }

    private static List<Owner> owners(Connection c) throws SQLException {
        List<Owner> owners = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, team_id from users where active order by username")) {
            while (rs.next()) {
                owners.add(new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the users table (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): start the app once on this database so that it creates its schema and the "
                    + "admin user", e);
        }
        if (owners.isEmpty()) {
            throw new IllegalStateException("no active user in the users table: start the app once on this "
                    + "database so that it creates the admin user");
        }
        return owners;
    }

    private static void reset(Connection c, boolean postgres) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("truncate table contact_consents, contact_social_profiles, contact_tags, contact_emails, "
                        + "contact_phones, contacts, account_tags, account_addresses, account_emails, "
                        + "account_phones, accounts");
            } else {
                // H2 refuses TRUNCATE on referenced tables unless referential integrity is off for a moment;
                // DELETE of 100 000 rows takes a minute there
                s.execute("set referential_integrity false");
                try {
                    for (String t : List.of("contact_consents", "contact_social_profiles", "contact_tags",
                            "contact_emails", "contact_phones", "contacts", "account_tags", "account_addresses",
                            "account_emails", "account_phones", "accounts")) {
                        s.execute("truncate table " + t);
                    }
                } finally {
                    s.execute("set referential_integrity true");
                }
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    static Pools pools(long seed) {
        Faker f = new Faker(Locale.forLanguageTag("pt-BR"), new Random(seed));
        return new Pools(
                distinct(3000, () -> f.name().firstName()),
                distinct(3000, () -> f.name().lastName()),
                distinct(6000, () -> f.name().lastName() + (f.random().nextInt(3) == 0 ? " & " + f.name().lastName()
                        : "")),
                List.of("Comércio", "Indústria", "Serviços", "Tecnologia", "Distribuidora", "Engenharia",
                        "Transportes", "Consultoria", "Alimentos", "Logística", "Construtora", "Importadora",
                        "Agropecuária", "Farmacêutica", "Materiais", "Soluções", "Sistemas", "Participações"),
                List.of("Varejo", "Atacado", "Indústria alimentícia", "Construção civil", "Tecnologia da informação",
                        "Telecomunicações", "Saúde", "Educação", "Agronegócio", "Logística e transporte",
                        "Serviços financeiros", "Seguros", "Energia", "Automotivo", "Têxtil e confecção",
                        "Farmacêutico", "Hotelaria e turismo", "Imobiliário", "Consultoria", "Metalurgia",
                        "Química", "Papel e celulose", "Mineração", "Comunicação e marketing", "Bebidas"),
                distinct(600, () -> f.job().title()),
                distinct(2000, () -> f.address().streetName()));
    }

    private static List<String> distinct(int draws, java.util.function.Supplier<String> s) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (int i = 0; i < draws; i++) {
            String v = s.get();
            if (v != null && !v.isBlank() && v.length() <= 120) {
                set.add(v.strip());
            }
        }
        return List.copyOf(set);
    }

    private static String pick(List<String> values, SplittableRandom r) {
        return values.get(r.nextInt(values.size()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
