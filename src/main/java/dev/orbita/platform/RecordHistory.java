package dev.orbita.platform;

import dev.orbita.shared.Actor;
import dev.orbita.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field-level history and record-changed events for every record type, from its
 * {@link RecordType#auditFields()} declaration: a module calls {@link #snapshot} before a change and
 * {@link #created}/{@link #changed}/{@link #deleted} after it, in the same transaction; the kernel
 * writes the audit rows and publishes a {@link RecordChanged} through the outbox.
 */
@Component
public class RecordHistory {

    private final RecordTypes types;
    private final AuditTrail trail;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    RecordHistory(RecordTypes types, AuditTrail trail, RecordAccess access, ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.types = types;
        this.trail = trail;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * The record as field → canonical text.
     *
     * @param names names of the other records it points at (a parent, an account); owner and team
     *        names are looked up here
     */
    public Map<String, String> snapshot(String type, OwnedRecord record, Map<UUID, String> names) {
        AuditFields<?> fields = types.require(type).auditFields();
        if (fields == null) {
            return Map.of();
        }
        Map<UUID, String> all = new HashMap<>(access.names(record.getOwnerId(), record.getTeamId()));
        all.putAll(names);
        return fields.snapshot(record, all);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String type, OwnedRecord record, Map<UUID, String> names) {
        Map<String, String> after = snapshot(type, record, names);
        if (types.require(type).audited()) {
            trail.created(type, record.getId(), after);
        }
        publish(type, record, RecordChanged.Action.CREATE, changed(Map.of(), after));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String type, OwnedRecord record, Map<String, String> before, Map<UUID, String> names) {
        Map<String, String> after = snapshot(type, record, names);
        Set<String> changed = changed(before, after);
        if (changed.isEmpty()) {
            return;
        }
        if (types.require(type).audited()) {
            trail.changed(type, record.getId(), before, after);
        }
        publish(type, record, RecordChanged.Action.UPDATE, changed);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String type, OwnedRecord record, Map<String, String> before) {
        if (types.require(type).audited()) {
            trail.deleted(type, record.getId(), before);
        }
        publish(type, record, RecordChanged.Action.DELETE, Set.of());
    }

    /** The record went to the recycle bin: a {@code DELETE} entry without fields (nothing changed in it). */
    @Transactional(propagation = Propagation.MANDATORY)
    void movedToRecycleBin(String type, OwnedRecord record) {
        if (types.require(type).audited()) {
            trail.deleted(type, record.getId(), Map.of());
        }
        publish(type, record, RecordChanged.Action.DELETE, Set.of());
    }

    /** The record came back from the recycle bin as it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    void restored(String type, OwnedRecord record) {
        if (types.require(type).audited()) {
            trail.restored(type, record.getId());
        }
        publish(type, record, RecordChanged.Action.RESTORE, Set.of());
    }

    /** The record is removed for good (its time in the recycle bin ran out): its last state is kept in the trail. */
    @Transactional(propagation = Propagation.MANDATORY)
    void purged(String type, OwnedRecord record) {
        if (types.require(type).audited()) {
            trail.purged(type, record.getId(), snapshot(type, record, Map.of()));
        }
    }

    /** The history of a record the caller may read, newest first; otherwise 404. */
    @Transactional(readOnly = true)
    public List<AuditChange> history(String type, UUID id) {
        RecordType recordType = types.require(type);
        if (!recordType.audited() || recordType.entity() == null
                || !OwnedRecord.class.isAssignableFrom(recordType.entity())) {
            throw new NotFoundException(type.toLowerCase(java.util.Locale.ROOT), id);
        }
        OwnedRecord record = (OwnedRecord) entityManager.find(recordType.entity(), id);
        access.readable(type, java.util.Optional.ofNullable(record), id);
        return trail.history(type, id);
    }

    private void publish(String type, OwnedRecord record, RecordChanged.Action action, Set<String> changed) {
        RecordType recordType = types.require(type);
        String title = recordType.auditFields() == null ? null : recordType.auditFields().title(record);
        events.publishEvent(new RecordChanged(recordType.ref(record.getId()), action, Actor.currentId(),
                Instant.now(), changed, title, record.getOwnerId(), record.getTeamId(), record.customerAccountId()));
    }

    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        fields.removeIf(f -> Objects.equals(blank(before.get(f)), blank(after.get(f))));
        return fields;
    }

    private static String blank(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
