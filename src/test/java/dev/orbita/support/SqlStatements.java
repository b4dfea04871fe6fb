package dev.orbita.support;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements run on the calling thread while an action runs, so that a test can pin
 * what one request costs ("a contact GET runs at most 3 statements"). The application's data source
 * is wrapped in a datasource-proxy in tests only; statements of other threads (background indexing,
 * event listeners) are not counted.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** What ran: one entry per statement execution (a JDBC batch counts once). */
    public record Recorded(List<String> statements) {

        /**
         * The statements of the request itself, without the re-read of the caller's roles and teams
         * that happens whenever the 5-second current-user cache has just expired (ADR 011): on a slow
         * machine that can fall into any measurement.
         */
        public int countWithoutIdentityRefresh() {
            return (int) statements.stream().filter(s -> !(s.contains("from users") && s.contains("user_roles"))
                    && !(s.contains("from teams") && s.contains("manager_id=?"))).count();
        }

        public int count() {
            return statements.size();
        }

        @Override
        public String toString() {
            return count() + " statement(s):\n  " + String.join("\n  ", statements);
        }
    }

    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Listener()).build();
        }
        return bean;
    }

    /** Runs the action and returns the statements it ran on this thread. */
    public Recorded during(Action action) throws Exception {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            action.run();
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(outer);
                outer.addAll(statements);
            }
        }
        return new Recorded(List.copyOf(statements));
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            List<String> recording = RECORDING.get();
            if (recording != null) {
                recording.add(String.join("; ", queryInfoList.stream().map(QueryInfo::getQuery).toList()));
            }
        }
    }
}
