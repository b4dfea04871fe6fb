package dev.orbita.platform.bulk;

import dev.orbita.platform.security.RunAs;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the queued bulk jobs on every app node ({@link BulkJobs} makes sure only one node runs a job), record by
 * record as the job's author, renewing the job's heartbeat after every chunk; finished jobs are kept for
 * {@code orbita.bulk.retention} (7 days) so their authors can look at the outcome.
 */
@Component
class BulkJobRunner {

    private static final Logger log = LoggerFactory.getLogger(BulkJobRunner.class);

    private final BulkJobs jobs;
    private final BulkActions actions;
    private final RunAs runAs;
    private final Duration retention;

    BulkJobRunner(BulkJobs jobs, BulkActions actions, RunAs runAs,
            @Value("${orbita.bulk.retention:7d}") Duration retention) {
        this.jobs = jobs;
        this.actions = actions;
        this.runAs = runAs;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${orbita.bulk.poll-interval:1s}", initialDelayString = "${orbita.bulk.poll-interval:1s}")
    void poll() {
        try {
            Optional<UUID> job;
            while ((job = jobs.claim()).isPresent()) {
                run(job.get());
            }
        } catch (RuntimeException e) {
            log.warn("Bulk jobs could not be run now: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        int purged = jobs.purgeFinished(retention);
        if (purged > 0) {
            log.info("Removed {} finished bulk job(s)", purged);
        }
    }

    void run(UUID job) {
        BulkJobs.Work work = jobs.work(job);
        BulkTarget target = actions.target(work.resource()).orElse(null);
        if (target == null) {
            jobs.finish(job, "STOPPED");
            return;
        }
        BulkPlan plan = new BulkPlan(target, work.change(), List.of(), java.util.Map.of(), true);
        while (true) {
            List<BulkJobs.Item> items = jobs.pending(job);
            if (items.isEmpty()) {
                jobs.finish(job, "DONE");
                return;
            }
            boolean ran = runAs.as(work.author(), work.locale(), () -> {
                for (BulkJobs.Item item : items) {
                    BulkPlan withVersion = item.version() == null ? plan : new BulkPlan(target, work.change(),
                            List.of(), java.util.Map.of(item.recordId(), item.version()), true);
                    jobs.applyAndRecord(job, item, () -> actions.applyOne(withVersion, item.recordId()));
                }
            });
            if (!ran) {
                jobs.finish(job, "STOPPED");
                return;
            }
            jobs.progress(job);
        }
    }
}
