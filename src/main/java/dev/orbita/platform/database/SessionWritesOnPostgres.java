package dev.orbita.platform.database;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in session is written back after every request (its last access time); on PostgreSQL each of
 * those commits waited for the write-ahead log to reach the disk, 2–8 ms on this kind of machine, on every
 * page. Session transactions commit with {@code synchronous_commit = off} instead (ADR 027): PostgreSQL
 * still applies them in order and never half, and flushes them within a fraction of a second; only a crash
 * of the database server itself in that window can lose a session's latest access time, or a sign-in (the
 * user signs in again). Business records keep their synchronous commits.
 */
@Configuration(proxyBeanMethods = false)
class SessionWritesOnPostgres {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    SessionWritesOnPostgres(PlatformTransactionManager transactionManager, DataSource dataSource)
            throws SQLException {
        this.transactions = new TransactionTemplate(transactionManager);
        // as Spring Session's own: a transaction of its own, whatever the request has open
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = new JdbcTemplate(dataSource);
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Spring Session's transactions (it looks this bean up by its name). */
    @Bean
    TransactionOperations springSessionTransactionOperations() {
        return postgres ? transactions() : transactions;
    }

    /**
     * The application's own transaction template, as Spring Boot would declare it: Boot steps back as soon as
     * any {@link TransactionOperations} bean exists, such as the one above.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** Spring Session's transactions, each starting with {@code set local synchronous_commit = off}. */
    TransactionOperations transactions() {
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return transactions.execute(status -> {
                    jdbc.execute("set local synchronous_commit = off");
                    return action.doInTransaction(status);
                });
            }
        };
    }
}
