package dev.orbita.platform.audit;

import dev.orbita.platform.AuditChange;
import dev.orbita.platform.AuditTrail;
import dev.orbita.platform.UserDirectory;
import dev.orbita.shared.Actor;
import dev.orbita.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores one row per changed field, grouped by a change id, in the caller's transaction. */
@Component
class JdbcAuditTrail implements AuditTrail {

    private static final int MAX_VALUE = 4000;

    private final JdbcClient jdbcClient;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final UserDirectory directory;

    JdbcAuditTrail(JdbcClient jdbcClient, org.springframework.jdbc.core.JdbcTemplate jdbc, UserDirectory directory) {
        this.jdbcClient = jdbcClient;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, UUID entityId, Map<String, String> after) {
        write(entityType, entityId, "CREATE", Map.of(), after);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String entityType, UUID entityId, Map<String, String> before, Map<String, String> after) {
        write(entityType, entityId, "UPDATE", before, after);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, UUID entityId, Map<String, String> before) {
        write(entityType, entityId, "DELETE", before, Map.of());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void restored(String entityType, UUID entityId) {
        write(entityType, entityId, "RESTORE", Map.of(), Map.of());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void purged(String entityType, UUID entityId, Map<String, String> before) {
        write(entityType, entityId, "PURGE", before, Map.of());
    }

    private void write(String entityType, UUID entityId, String action, Map<String, String> before,
            Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        UUID changeId = Ids.newId();
        UUID actorId = Actor.currentId();
        String actorName = actorId == null ? null
                : directory.findUser(actorId).map(u -> u.fullName()).orElse(null);
        Timestamp now = Timestamp.from(Instant.now());
        List<String[]> rows = new ArrayList<>();
        for (String field : fields) {
            String oldValue = blankToNull(before.get(field));
            String newValue = blankToNull(after.get(field));
            if (!Objects.equals(oldValue, newValue)) {
                rows.add(new String[] { field, clip(oldValue), clip(newValue) });
            }
        }
        if (rows.isEmpty()) {
            if (!"UPDATE".equals(action)) {
                rows.add(new String[] { null, null, null });
            } else {
                return;
            }
        }
        List<Object[]> batch = new ArrayList<>();
        for (String[] row : rows) {
            batch.add(new Object[] { Ids.newId(), changeId, entityType, entityId, action, row[0], row[1], row[2],
                    actorId, actorName, now });
        }
        jdbc.batchUpdate("""
                insert into audit_entries (id, change_id, entity_type, entity_id, action, field, old_value,
                    new_value, actor_id, actor_name, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditChange> history(String entityType, UUID entityId) {
        Map<UUID, AuditChange> changes = new LinkedHashMap<>();
        jdbcClient.sql("""
                select change_id, action, actor_id, actor_name, occurred_at, field, old_value, new_value
                from audit_entries where entity_type = ? and entity_id = ?
                order by occurred_at desc, change_id, field""")
                .params(entityType, entityId)
                .query((rs, n) -> {
                    UUID changeId = rs.getObject("change_id", UUID.class);
                    AuditChange change = changes.computeIfAbsent(changeId, id -> {
                        try {
                            return new AuditChange(id, rs.getString("action"), rs.getObject("actor_id", UUID.class),
                                    rs.getString("actor_name"), rs.getTimestamp("occurred_at").toInstant(),
                                    new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString("field") != null) {
                        change.fields().add(new AuditChange.FieldChange(rs.getString("field"),
                                rs.getString("old_value"), rs.getString("new_value")));
                    }
                    return changeId;
                }).list();
        return List.copyOf(changes.values());
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> deletedSince(String entityType, Instant since) {
        return jdbcClient.sql("""
                select distinct entity_id from audit_entries
                where occurred_at >= ? and entity_type = ? and action in ('DELETE', 'PURGE')""")
                .params(Timestamp.from(since), entityType).query(UUID.class).list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
