package dev.orbita.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL waits for a row lock as long as it takes; H2 gives up after {@code LOCK_TIMEOUT} (10 s in
 * its URL). Every PostgreSQL connection gets the same bound, so a writer stuck behind another answers
 * 503 with {@code Retry-After} (ADR 016) instead of holding its request and its connection indefinitely
 * (ADR 008).
 */
@Component
class PostgresLockTimeout implements BeanPostProcessor {

    private final Duration timeout;

    PostgresLockTimeout(@Value("${orbita.database.lock-timeout:10s}") Duration timeout) {
        this.timeout = timeout;
    }

    /** Before initialization: the URL is bound, no connection has been opened, no wrapper is around it yet. */
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("set lock_timeout = " + timeout.toMillis());
        }
        return bean;
    }
}
