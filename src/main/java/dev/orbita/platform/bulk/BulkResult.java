package dev.orbita.platform.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The answer of a bulk action: how many records were changed, and each refused record with the HTTP status a single
 * edit would have answered and the reason in the caller's language. For a background job, {@code job} is its id and
 * the counts are those so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkResult(int done, List<Failure> failed, UUID job) {

    /** A record the action was refused for. */
    public record Failure(UUID id, int status, String detail) {
    }

    public BulkResult {
        failed = List.copyOf(failed);
    }
}
