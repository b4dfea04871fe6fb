package dev.orbita.platform;

import dev.orbita.shared.Actor;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.RecordRef;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import dev.orbita.web.list.KeysetList;
import dev.orbita.web.list.ListQuery;
import dev.orbita.web.list.SortKey;
import dev.orbita.web.list.SortKeys;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recycle bin of every record type that declares {@link RecordType#recycleBin()} (ADR 021). Deleting a record
 * marks its row as deleted (when, by whom) instead of removing it: from then on every kernel read leaves it out
 * ({@link RecordAccess}, {@link RecordAccess#visibleCondition}, {@link RecordLabels}, the search index through
 * {@link RecycleBinRouting}), while its history, its dependants and the rows that point at it stay as they are, so
 * that {@link #restore} brings all of it back. After {@code orbita.recycle-bin.retention} the purge removes the row
 * for good. The methods taking a {@link RecordRef} apply the caller's access rules like any write: the ones that
 * bulk actions and other modules call.
 */
@Component
public class RecycleBin {

    private static final Logger log = LoggerFactory.getLogger(RecycleBin.class);

    /** How many expired records one purge transaction removes at most. */
    static final int PURGE_BATCH = 100;

    static final SortKeys SORTS = SortKeys.of("b.id", SortKey.time("deletedAt", "b.deleted_at"));

    /**
     * One record in the bin, as the bin page lists it.
     *
     * @param restorable whether the caller may restore it (it is in their write scope)
     */
    public record Entry(String type, UUID id, String title, String typeLabelKey, UUID ownerId, UUID deletedBy,
            String deletedByName, Instant deletedAt, Instant purgeAt, boolean restorable) {

        public RecordRef ref() {
            return new RecordRef(type, id);
        }

        Entry withDeletedByName(String name) {
            return new Entry(type, id, title, typeLabelKey, ownerId, deletedBy, name, deletedAt, purgeAt, restorable);
        }
    }

    /** A restored record: its title and new version. */
    public record Restored(String title, long version) {
    }

    private final RecordTypes types;
    private final RecordAccess access;
    private final RecordHistory history;
    private final Visibility visibility;
    private final UserDirectory directory;
    private final EntityManager em;
    private final NamedParameterJdbcTemplate jdbc;
    private final KeysetList lists;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Duration retention;

    RecycleBin(RecordTypes types, RecordAccess access, RecordHistory history, Visibility visibility,
            UserDirectory directory, EntityManager em, NamedParameterJdbcTemplate jdbc, KeysetList lists,
            ApplicationEventPublisher events, TransactionTemplate tx,
            @Value("${orbita.recycle-bin.retention:30d}") Duration retention) {
        this.types = types;
        this.access = access;
        this.history = history;
        this.visibility = visibility;
        this.directory = directory;
        this.em = em;
        this.jdbc = jdbc;
        this.lists = lists;
        this.events = events;
        this.tx = tx;
        this.retention = retention;
    }

    /** How long a record stays in the bin before it is purged. */
    public Duration retention() {
        return retention;
    }

    /** The record types with a recycle bin, in declaration order. */
    public List<RecordType> types() {
        return types.all().stream().filter(RecordType::recycleBin).toList();
    }

    /**
     * Moves a record to the bin, with the checks of a delete: not visible → 404, read-only → 403, a stale
     * {@code ifMatch} → 412 (ADR 008); its module may refuse ({@link MovingToRecycleBin}). Its version goes up by one,
     * a {@code DELETE} history entry and a {@link RecordChanged} are written, and it leaves the search index.
     *
     * @return the record's title, for the "moved to the bin" message
     */
    @Transactional
    public String moveToBin(RecordRef ref, Long ifMatch) {
        RecordType type = binType(ref);
        OwnedRecord record = access.forWrite(type.code(), entity(type), ref.id(), ifMatch, null);
        events.publishEvent(new MovingToRecycleBin(ref));
        String title = type.auditFields() == null ? null : type.auditFields().title(record);
        record.moveToRecycleBin(Actor.currentId(), Instant.now());
        em.flush();
        history.movedToRecycleBin(type.code(), record);
        return title;
    }

    /**
     * Brings a record back from the bin as it was, with its history, relations and search entry: not in the bin or
     * not visible → 404, visible but not writable by the caller → 403 (a restore is a write). Its version goes up by
     * one and a {@code RESTORE} history entry and a {@link RecordChanged} are written.
     *
     * @return the restored record's title and new version
     */
    @Transactional
    public Restored restore(RecordRef ref) {
        RecordType type = binType(ref);
        OwnedRecord record = em.find(entity(type), ref.id(), LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !record.inRecycleBin() || !access.inReadScope(type.code(), record)) {
            throw notFound(ref);
        }
        if (!access.inWriteScope(type.code(), record)) {
            throw new ForbiddenException("outside write scope");
        }
        record.restoreFromRecycleBin();
        access.nextVersion(record);
        em.flush();
        history.restored(type.code(), record);
        return new Restored(type.auditFields() == null ? null : type.auditFields().title(record), record.getVersion());
    }

    /**
     * A page of the bin, most recently deleted first: administrators see every record in it, everyone else the
     * records they deleted or own.
     */
    @Transactional(readOnly = true)
    public PageResponse<Entry> page(PageQuery page) {
        CurrentUser me = visibility.requireUser();
        Map<String, Object> params = new HashMap<>();
        List<String> branches = new ArrayList<>();
        for (RecordType type : types()) {
            String mine = me.isAdmin() ? "" : " and (t.deleted_by = :bin_user or t.owner_id = :bin_user)";
            String customer = type.customerColumn() == null ? "cast(null as uuid)" : "t." + type.customerColumn();
            branches.add("select '" + type.code() + "' as record_type, t.id as id, " + type.titleSql()
                    + " as title, t.owner_id as owner_id, t.team_id as team_id, " + customer + " as customer_id,"
                    + " t.deleted_by as deleted_by, t.deleted_at as deleted_at from " + type.table()
                    + " t where t.deleted_at is not null" + mine);
        }
        if (!me.isAdmin()) {
            params.put("bin_user", me.id());
        }
        if (branches.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0, true, null);
        }
        ListQuery query = new ListQuery(
                "b.record_type, b.id, b.title, b.owner_id, b.team_id, b.customer_id, b.deleted_by, b.deleted_at",
                "(" + String.join(" union all ", branches) + ") b", List.of(), params, SORTS, null, true);
        PageResponse<Entry> result = lists.fetch(query, page, (rs, n) -> {
            String code = rs.getString("record_type");
            Instant deletedAt = KeysetList.instant(rs, "deleted_at");
            String title = rs.getString("title");
            UUID owner = rs.getObject("owner_id", UUID.class);
            UUID team = rs.getObject("team_id", UUID.class);
            UUID customer = rs.getObject("customer_id", UUID.class);
            boolean restorable = visibility.readScope(code).permits(owner, team, customer)
                    && visibility.writeScope(code).permits(owner, team, customer);
            return new Entry(code, rs.getObject("id", UUID.class), title == null ? null : title.strip(),
                    types.require(code).labelKey(), owner, rs.getObject("deleted_by", UUID.class), null, deletedAt,
                    deletedAt.plus(retention), restorable);
        });
        Map<UUID, UserSummary> users = directory.findUsers(result.items().stream().map(Entry::deletedBy)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return result.map(e -> e.withDeletedByName(users.containsKey(e.deletedBy())
                ? users.get(e.deletedBy()).fullName() : null));
    }

    /** The paging of the bin page: {@code sort} may only be {@code deletedAt}, newest first by default. */
    public static PageQuery pageQuery(Integer size, String sort, String after) {
        PageQuery query = PageQuery.of(0, size, sort == null || sort.isBlank() ? "deletedAt,desc" : sort, after,
                SORTS.allowed(), "deletedAt");
        return query;
    }

    /**
     * Removes for good every record that has been in the bin longer than the retention at {@code now}: its row with
     * its dependants (an entity removal, so the search entry too), after its module let go of the rows pointing at
     * it ({@link PurgingFromRecycleBin}), with a {@code PURGE} history entry holding its last state. Each batch takes
     * its rows with {@code for update skip locked}, so that app nodes purging at the same time never purge one record
     * twice, and a record someone is restoring right now is left for the next run.
     *
     * @return how many records were purged
     */
    public int purgeExpired(Instant now) {
        Instant cutoff = now.minus(retention);
        int purged = 0;
        for (RecordType type : types()) {
            int batch;
            do {
                Integer done = tx.execute(status -> purgeBatch(type, cutoff));
                batch = done == null ? 0 : done;
                purged += batch;
            } while (batch == PURGE_BATCH);
        }
        if (purged > 0) {
            log.info("Purged {} records from the recycle bin (deleted before {})", purged, cutoff);
        }
        return purged;
    }

    private int purgeBatch(RecordType type, Instant cutoff) {
        List<UUID> ids = jdbc.queryForList("select t.id from " + type.table() + " t where t.deleted_at is not null"
                + " and t.deleted_at <= :cutoff order by t.deleted_at, t.id fetch first " + PURGE_BATCH
                + " rows only for update skip locked", Map.of("cutoff", Timestamp.from(cutoff)), UUID.class);
        for (UUID id : ids) {
            OwnedRecord record = em.find(entity(type), id);
            if (record == null || !record.inRecycleBin()) {
                continue;
            }
            events.publishEvent(new PurgingFromRecycleBin(type.ref(id)));
            history.purged(type.code(), record);
            em.remove(record);
            em.flush();
        }
        return ids.size();
    }

    private RecordType binType(RecordRef ref) {
        return types.find(ref.type()).filter(RecordType::recycleBin).orElseThrow(() -> notFound(ref));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends OwnedRecord> entity(RecordType type) {
        return (Class<? extends OwnedRecord>) type.entity();
    }

    private static NotFoundException notFound(RecordRef ref) {
        return new NotFoundException(ref.type().toLowerCase(Locale.ROOT), ref.id());
    }
}
