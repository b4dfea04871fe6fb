package dev.orbita.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SqlStatements;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sign-in sessions are written without waiting for the disk on PostgreSQL (ADR 027), and only they: a
 * session saved through Spring Session runs in a transaction with {@code synchronous_commit} off, while every
 * other transaction keeps the server's setting. On H2 nothing changes.
 */
@IntegrationTest
class SessionWritesOnPostgresTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    SessionWritesOnPostgres customizer;

    @Autowired
    SqlStatements sql;

    @Autowired
    DataSource dataSource;

    @Test
    void aSessionIsSavedWithoutWaitingForTheDiskOnPostgresqlAndNothingElseIs() throws Exception {
        boolean postgres;
        try (var connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        SessionRepository<Session> repository = (SessionRepository) sessions;
        Session session = repository.createSession();
        session.setAttribute("probe", "x");
        SqlStatements.Recorded saved = sql.during(() -> repository.save(session));
        assertThat(repository.findById(session.getId()).<String>getAttribute("probe")).isEqualTo("x");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (postgres) {
            assertThat(saved.statements().get(0)).contains("set local synchronous_commit = off");
            assertThat(saved.statements()).anyMatch(s -> s.toLowerCase().contains("insert into spring_session"));
            String inSession = customizer.transactions().execute(status ->
                    jdbc.queryForObject("show synchronous_commit", String.class));
            assertThat(inSession).isEqualTo("off");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        } else {
            assertThat(saved.statements()).noneMatch(s -> s.contains("synchronous_commit"))
                    .anyMatch(s -> s.toLowerCase().contains("insert into spring_session"));
        }
        repository.deleteById(session.getId());
    }
}
