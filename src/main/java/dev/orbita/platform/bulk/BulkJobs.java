package dev.orbita.platform.bulk;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background bulk jobs (ADR 024). A job and its records are stored when it is queued; every app node polls for a
 * queued job, or a running one whose node stopped sending its heartbeat, and takes it with {@code for update skip
 * locked}, so one node runs a job at a time. Each record's outcome is written in the transaction of its change, so a
 * job picked up again after a crash goes on with the first record without an outcome: none is changed twice, none
 * skipped. The job runs as its author ({@code RunAs}) in the author's language; the author follows it at
 * {@code GET /api/v1/bulk-jobs/{id}} and on the page {@code /bulk-jobs/{id}}.
 */
@Component
class BulkJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);

    /** How many refusals a job's answer lists. */
    static final int FAILURES_SHOWN = 200;
    private static final int CHUNK = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Duration stale;

    BulkJobs(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${orbita.bulk.stale-after:60s}") Duration stale) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.stale = stale;
    }

    /** Stores a job with its records, queued; its id. */
    UUID enqueue(BulkPlan plan, UUID author) {
        UUID id = UUID.randomUUID();
        BulkChange c = plan.change();
        tx.executeWithoutResult(s -> {
            jdbc.update("insert into bulk_jobs (id, resource, action, owner_id, team_id, tag, stage, created_by, locale,"
                    + " status, total, created_at) values (:id, :resource, :action, :owner, :team, :tag, :stage, :by,"
                    + " :locale, 'QUEUED', :total, :now)", new MapSqlParameterSource().addValue("id", id)
                    .addValue("resource", plan.target().resource()).addValue("action", c.action().name())
                    .addValue("owner", c.ownerId()).addValue("team", c.teamId()).addValue("tag", c.tag())
                    .addValue("stage", c.stage()).addValue("by", author)
                    .addValue("locale", LocaleContextHolder.getLocale().toLanguageTag())
                    .addValue("total", plan.ids().size()).addValue("now", Timestamp.from(Instant.now())));
            List<SqlParameterSource> rows = new ArrayList<>(1000);
            int seq = 0;
            for (UUID recordId : plan.ids()) {
                rows.add(new MapSqlParameterSource().addValue("job", id).addValue("seq", seq++)
                        .addValue("record", recordId).addValue("version", plan.version(recordId)));
                if (rows.size() == 1000) {
                    insertItems(rows);
                }
            }
            insertItems(rows);
        });
        return id;
    }

    private void insertItems(List<SqlParameterSource> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into bulk_job_items (job_id, seq, record_id, record_version) values (:job, :seq,"
                + " :record, :version)", rows.toArray(SqlParameterSource[]::new));
        rows.clear();
    }

    /** A stored job (with its first refusals), whoever its author. */
    Optional<BulkJob> find(UUID id) {
        List<BulkJob> found = jdbc.query("select * from bulk_jobs where id = :id", Map.of("id", id), (rs, n) -> {
            Timestamp finished = rs.getTimestamp("finished_at");
            return new BulkJob(rs.getObject("id", UUID.class), rs.getString("resource"),
                    BulkAction.valueOf(rs.getString("action")), rs.getString("status"), rs.getInt("total"),
                    rs.getInt("done_count"), rs.getInt("failed_count"), List.of(),
                    rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                    rs.getObject("created_by", UUID.class));
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BulkJob job = found.get(0);
        List<BulkResult.Failure> failed = jdbc.query("select record_id, status, detail from bulk_job_items"
                + " where job_id = :id and status <> 200 order by seq fetch first " + FAILURES_SHOWN + " rows only",
                Map.of("id", id), (rs, n) -> new BulkResult.Failure(rs.getObject("record_id", UUID.class),
                        rs.getInt("status"), rs.getString("detail")));
        return Optional.of(new BulkJob(job.id(), job.resource(), job.action(), job.status(), job.total(), job.done(),
                job.failedCount(), failed, job.createdAt(), job.finishedAt(), job.createdBy()));
    }

    /** A queued job, or a running one whose node went quiet, now marked as running here; empty when none waits. */
    Optional<UUID> claim() {
        return tx.execute(s -> {
            Timestamp now = Timestamp.from(Instant.now());
            List<UUID> ids = jdbc.queryForList("select id from bulk_jobs where status = 'QUEUED' or (status = 'RUNNING'"
                    + " and heartbeat_at < :cutoff) order by created_at fetch first 1 rows only for update skip locked",
                    Map.of("cutoff", Timestamp.from(Instant.now().minus(stale))), UUID.class);
            if (ids.isEmpty()) {
                return Optional.<UUID>empty();
            }
            jdbc.update("update bulk_jobs set status = 'RUNNING', heartbeat_at = :now where id = :id",
                    Map.of("id", ids.get(0), "now", now));
            return Optional.of(ids.get(0));
        });
    }

    /** What a job does to each record, as queued. */
    record Work(String resource, BulkChange change, UUID author, Locale locale) {
    }

    Work work(UUID job) {
        return jdbc.queryForObject("select * from bulk_jobs where id = :id", Map.of("id", job), (rs, n) -> new Work(
                rs.getString("resource"), new BulkChange(BulkAction.valueOf(rs.getString("action")),
                        rs.getObject("owner_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("tag"),
                        rs.getString("stage")), rs.getObject("created_by", UUID.class),
                Locale.forLanguageTag(rs.getString("locale"))));
    }

    /** One record of a job still without an outcome. */
    record Item(int seq, UUID recordId, Long version) {
    }

    List<Item> pending(UUID job) {
        return jdbc.query("select seq, record_id, record_version from bulk_job_items where job_id = :id and status is null"
                + " order by seq fetch first " + CHUNK + " rows only", Map.of("id", job), (rs, n) -> new Item(
                rs.getInt("seq"), rs.getObject("record_id", UUID.class), (Long) rs.getObject("record_version")));
    }

    /** Runs the record's change and writes its outcome in one transaction: both or neither. */
    BulkResult.Failure applyAndRecord(UUID job, Item item, java.util.function.Supplier<BulkResult.Failure> change) {
        BulkResult.Failure[] refusal = new BulkResult.Failure[1];
        try {
            tx.executeWithoutResult(s -> {
                refusal[0] = change.get();
                if (refusal[0] != null) {
                    s.setRollbackOnly();
                } else {
                    outcome(job, item, 200, null);
                }
            });
        } catch (RuntimeException e) {
            refusal[0] = new BulkResult.Failure(item.recordId(), 500, e.getClass().getSimpleName());
        }
        if (refusal[0] != null) {
            BulkResult.Failure f = refusal[0];
            tx.executeWithoutResult(s -> outcome(job, item, f.status(), f.detail()));
        }
        return refusal[0];
    }

    private void outcome(UUID job, Item item, int status, String detail) {
        jdbc.update("update bulk_job_items set status = :status, detail = :detail where job_id = :job and seq = :seq",
                new MapSqlParameterSource().addValue("status", status)
                        .addValue("detail", detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                        .addValue("job", job).addValue("seq", item.seq()));
    }

    /** Brings the job's counts up to its records' outcomes and renews its heartbeat. */
    void progress(UUID job) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", job);
        params.put("now", Timestamp.from(Instant.now()));
        jdbc.update("update bulk_jobs set done_count = (select count(*) from bulk_job_items i where i.job_id = :id"
                + " and i.status = 200), failed_count = (select count(*) from bulk_job_items i where i.job_id = :id"
                + " and i.status <> 200), heartbeat_at = :now where id = :id", params);
    }

    void finish(UUID job, String status) {
        progress(job);
        jdbc.update("update bulk_jobs set status = :status, finished_at = :now where id = :id",
                Map.of("id", job, "status", status, "now", Timestamp.from(Instant.now())));
        log.info("Bulk job {} {}", job, status.toLowerCase(Locale.ROOT));
    }

    /** Removes finished jobs older than the retention. */
    int purgeFinished(Duration retention) {
        return jdbc.update("delete from bulk_jobs where finished_at is not null and finished_at < :cutoff",
                Map.of("cutoff", Timestamp.from(Instant.now().minus(retention))));
    }
}
