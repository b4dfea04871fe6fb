package dev.orbita.platform.bulk;

import dev.orbita.platform.Visibility;
import dev.orbita.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/{resource}/bulk} for every list whose record type declares a {@link BulkTarget}. */
@RestController
class BulkApiController {

    private final BulkActions actions;
    private final BulkJobs jobs;
    private final Visibility visibility;

    BulkApiController(BulkActions actions, BulkJobs jobs, Visibility visibility) {
        this.actions = actions;
        this.jobs = jobs;
        this.visibility = visibility;
    }

    @PostMapping("/api/v1/{resource}/bulk")
    @Operation(summary = "Change many records at once",
            description = "Records by ids or by the list's query parameters in filter (one of the two); action ASSIGN "
                    + "(ownerId and/or teamId), ADD_TAG / REMOVE_TAG (tag), SET_STAGE (stage) or DELETE. Each record "
                    + "goes through the same visibility, permission, version and validation rules as a single edit; "
                    + "200 {done, failed: [{id, status, detail}]}. Over 1000 records (or background: true) the action "
                    + "runs as a background job: 202 with {job} and Location /api/v1/bulk-jobs/{job}.")
    ResponseEntity<BulkResult> bulk(@PathVariable String resource, @RequestBody BulkRequest request) {
        BulkResult result = actions.run(resource, request);
        if (result.job() != null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/bulk-jobs/" + result.job()))
                    .body(result);
        }
        return ResponseEntity.ok(result);
    }

    @GetMapping("/api/v1/bulk-jobs/{id}")
    @Operation(summary = "Follow a background bulk job",
            description = "Its status (QUEUED, RUNNING, DONE, STOPPED), counts and first 200 refusals; only its author "
                    + "and administrators see it.")
    BulkJob job(@PathVariable UUID id) {
        return visibleJob(jobs, visibility, id);
    }

    static BulkJob visibleJob(BulkJobs jobs, Visibility visibility, UUID id) {
        var me = visibility.requireUser();
        return jobs.find(id).filter(j -> j.createdBy().equals(me.id()) || me.isAdmin())
                .orElseThrow(() -> new NotFoundException("bulk-job", id));
    }
}
