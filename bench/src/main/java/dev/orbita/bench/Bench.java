package dev.orbita.bench;

import java.util.Set;

/** Entry point: {@code generate} fills a database with customers, {@code load} measures the API against raw SQL. */
public final class Bench {

    static final String USAGE = """
            Orbita benchmark

              generate --jdbc URL [--user U] [--password P] [--contacts 100000] [--accounts 20000]
                       [--linked 0.6] [--batch 1000] [--threads 2] [--seed 42] [--reset]
                  Inserts accounts (CNPJ, address) and contacts (1 phone, 1 email) straight into the app's
                  tables with JDBC batches. The app must have started once on the database (schema and users)
                  and must not be running on an H2 file at the same time. --reset deletes all accounts and
                  contacts first.

              load --base http://127.0.0.1:8080 (--token orb_... | --user admin --password P)
                   --jdbc URL [--db-user U] [--db-password P] [--seconds 20] [--warmup 5] [--sql-seconds 10]
                   [--concurrency 4] [--endpoints get,list,list-owner,search-name,search-phone,create]
                   [--search-name full|first|last] [--wait-index 300] [--out results.md] [--label text]
                  Closed-loop load per endpoint, then the same work over JDBC; prints a markdown table.
                  --user/--password (an ADMIN, HTTP Basic) create the API token and also give server-side
                  times from /actuator/prometheus (--metrics-user/--metrics-password when a --token is given).
                  With H2 the app must run with AUTO_SERVER=TRUE in its datasource URL so that this
                  process can open the same database (see README.md).
            """;

    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            switch (argv[0]) {
                case "generate" -> Generate.run(new Args(argv, 1, Set.of("reset", "no-analyze")));
                case "load" -> Load.run(new Args(argv, 1, Set.of()));
                default -> {
                    System.err.println("unknown command: " + argv[0]);
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
        System.exit(0);
    }
}
