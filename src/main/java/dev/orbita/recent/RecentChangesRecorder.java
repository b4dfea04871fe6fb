package dev.orbita.recent;

import dev.orbita.platform.RecordChanged;
import java.sql.Timestamp;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest change of each record. Runs after the change committed, in its own transaction;
 * the event stays in the publication registry until this completes, and is republished on restart
 * otherwise. A deleted record leaves the list.
 */
@Component
class RecentChangesRecorder {

    static final Duration KEPT = Duration.ofDays(90);

    private final JdbcClient jdbc;

    RecentChangesRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(RecordChanged event) {
        jdbc.sql("delete from recent_changes where record_type = ? and record_id = ?")
                .params(event.record().type(), event.record().id()).update();
        if (event.action() != RecordChanged.Action.DELETE) {
            jdbc.sql("""
                    insert into recent_changes (record_type, record_id, action, title, actor_id, occurred_at,
                        owner_id, team_id, customer_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(event.record().type(), event.record().id(), event.action().name(), clip(event.title()),
                            event.actorId(), Timestamp.from(event.occurredAt()), event.ownerId(), event.teamId(),
                            event.customerAccountId())
                    .update();
        }
        jdbc.sql("delete from recent_changes where occurred_at < ?")
                .param(Timestamp.from(event.occurredAt().minus(KEPT))).update();
    }

    private static String clip(String title) {
        return title == null || title.length() <= 400 ? title : title.substring(0, 399) + "…";
    }
}
