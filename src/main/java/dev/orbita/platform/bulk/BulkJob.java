package dev.orbita.platform.bulk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A background bulk job as its author follows it: {@code status} QUEUED, RUNNING, DONE or STOPPED (its author can no
 * longer act), the counts so far, and the refusals (the first {@link BulkJobs#FAILURES_SHOWN}).
 */
public record BulkJob(UUID id, String resource, BulkAction action, String status, int total, int done, int failedCount,
        List<BulkResult.Failure> failed, Instant createdAt, Instant finishedAt, @JsonIgnore UUID createdBy) {

    /** Records handled so far (changed or refused). */
    public int processed() {
        return done + failedCount;
    }

    /** Progress in whole percent. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, processed() * 100L / total);
    }

    public boolean finished() {
        return "DONE".equals(status) || "STOPPED".equals(status);
    }
}
