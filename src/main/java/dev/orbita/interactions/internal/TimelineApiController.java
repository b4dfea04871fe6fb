package dev.orbita.interactions.internal;

import static dev.orbita.interactions.internal.InteractionTypes.ACCOUNT;
import static dev.orbita.interactions.internal.InteractionTypes.CONTACT;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.platform.RecordLookup;
import dev.orbita.shared.NotFoundException;
import dev.orbita.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of a contact or an account: its interactions, newest first, keyset paged. */
@RestController
@Tag(name = "Interactions")
class TimelineApiController {

    private final InteractionQueries queries;
    private final RecordLookup lookup;

    TimelineApiController(InteractionQueries queries, RecordLookup lookup) {
        this.queries = queries;
        this.lookup = lookup;
    }

    @GetMapping("/api/v1/contacts/{id}/timeline")
    @Operation(summary = "The contact's interactions, newest first", description = "cursor = next of the previous "
            + "page. 404 when the caller may not see the contact.")
    PageResponse<InteractionListItem> contact(@PathVariable UUID id,
            @RequestParam(required = false) InteractionChannel channel, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String cursor) {
        return timeline(CONTACT, id, new InteractionFilter(channel, null, id, null, from, to), size, cursor);
    }

    @GetMapping("/api/v1/accounts/{id}/timeline")
    @Operation(summary = "The account's interactions, its contacts' included, newest first",
            description = "cursor = next of the previous page. 404 when the caller may not see the account.")
    PageResponse<InteractionListItem> account(@PathVariable UUID id,
            @RequestParam(required = false) InteractionChannel channel, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String cursor) {
        return timeline(ACCOUNT, id, new InteractionFilter(channel, null, null, id, from, to), size, cursor);
    }

    private PageResponse<InteractionListItem> timeline(String type, UUID id, InteractionFilter filter, Integer size,
            String cursor) {
        if (!lookup.visible(type, id)) {
            throw new NotFoundException(type.toLowerCase(java.util.Locale.ROOT), id);
        }
        return queries.list(filter, InteractionQueries.page(null, size, null, cursor));
    }
}
