package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import dev.orbita.web.Etags;
import dev.orbita.web.MergePatch;
import dev.orbita.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/interactions")
@Tag(name = "Interactions", description = "Touchpoints with customers: calls, visits, e-mails, notes …")
class InteractionApiController {

    private final InteractionManagement interactions;
    private final InteractionQueries queries;
    private final MergePatch mergePatch;

    InteractionApiController(InteractionManagement interactions, InteractionQueries queries, MergePatch mergePatch) {
        this.interactions = interactions;
        this.queries = queries;
        this.mergePatch = mergePatch;
    }

    @GetMapping
    @Operation(summary = "List interactions the caller may see", description = "Newest first by default. Offset "
            + "paging with page/size, or keyset paging with after=<next>. sort: occurredAt, createdAt, updatedAt.")
    PageResponse<InteractionListItem> list(@RequestParam(required = false) InteractionChannel channel,
            @RequestParam(required = false) InteractionDirection direction,
            @RequestParam(required = false) UUID contactId, @RequestParam(required = false) UUID accountId,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String after) {
        return queries.list(new InteractionFilter(channel, direction, contactId, accountId, from, to),
                InteractionQueries.page(page, size, sort, after));
    }

    @GetMapping("/{id}")
    ResponseEntity<InteractionResponse> get(@PathVariable UUID id) {
        InteractionResponse found = interactions.get(id);
        return ResponseEntity.ok().eTag(Etags.of(found.version())).body(found);
    }

    @PostMapping
    ResponseEntity<InteractionResponse> create(@RequestBody InteractionRequest request) {
        InteractionResponse created = interactions.create(request);
        return ResponseEntity.created(URI.create("/api/v1/interactions/" + created.id()))
                .eTag(Etags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<InteractionResponse> update(@PathVariable UUID id, @RequestBody InteractionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        InteractionResponse updated = interactions.update(id, request, Etags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(updated.version())).body(updated);
    }

    @PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
    ResponseEntity<InteractionResponse> patch(@PathVariable UUID id, @RequestBody Map<String, Object> patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        InteractionResponse updated = interactions.patch(id, current -> mergePatch.applyToOwned(current, patch, InteractionRequest.class), Etags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move the interaction to the recycle bin")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        interactions.delete(id, Etags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
