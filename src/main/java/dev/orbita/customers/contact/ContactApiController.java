package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.platform.AuditChange;
import dev.orbita.web.Etags;
import dev.orbita.web.MergePatch;
import dev.orbita.web.PageResponse;
import dev.orbita.web.export.ExportFormat;
import dev.orbita.web.export.ExportRequest;
import dev.orbita.web.export.ListExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "People: on an account (B2B) or customers on their own (B2C)")
class ContactApiController {

    private final ContactManagement contacts;
    private final ContactQueries queries;
    private final MergePatch mergePatch;
    private final ListExport exports;

    ContactApiController(ContactManagement contacts, ContactQueries queries, MergePatch mergePatch,
            ListExport exports) {
        this.contacts = contacts;
        this.queries = queries;
        this.mergePatch = mergePatch;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "List contacts the caller may see", description = "Offset paging with page/size, or keyset "
            + "paging with after=<next of the previous page>. size ≤ 200. sort: name, createdAt, updatedAt.")
    PageResponse<ContactListItem> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) UUID accountId, @RequestParam(required = false) Boolean standalone,
            @RequestParam(required = false) LifecycleStage lifecycleStage,
            @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) String tag, @RequestParam(required = false) Instant updatedSince,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String after) {
        var filter = new ContactFilter(q, accountId, standalone, lifecycleStage, ownerId, teamId, tag, updatedSince);
        return queries.list(filter, ContactQueries.page(page, size, sort, after));
    }

    /** The whole filtered list as a file; documented on the list's operation (web.export.ExportDocumentation). */
    @GetMapping(produces = { ExportFormat.CSV_VALUE, ExportFormat.XLSX_VALUE })
    @Operation(hidden = true)
    void export(@RequestParam(required = false) String q,
            @RequestParam(required = false) UUID accountId, @RequestParam(required = false) Boolean standalone,
            @RequestParam(required = false) LifecycleStage lifecycleStage,
            @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) String tag, @RequestParam(required = false) Instant updatedSince,
            @RequestParam(required = false) String sort,
            @Parameter(description = "name, firstName, lastName, jobTitle, accountName, phone, email, "
                    + "lifecycleStage, ownerName, tags, createdAt, updatedAt, id")
            @RequestParam(required = false) String columns,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String after,
            @RequestHeader(HttpHeaders.ACCEPT) String accept, HttpServletResponse response) throws IOException {
        ListExport.requireWholeList(page, size, after);
        var filter = new ContactFilter(q, accountId, standalone, lifecycleStage, ownerId, teamId, tag, updatedSince);
        exports.write(ExportFormat.ofAccept(accept), new ExportRequest<>("record.CONTACT.plural",
                ContactColumns.LIST.pick(columns), ContactQueries.page(null, null, sort, null),
                p -> queries.list(filter, p)), response);
    }

    @GetMapping("/{id}")
    ResponseEntity<ContactResponse> get(@PathVariable UUID id) {
        ContactResponse contact = contacts.get(id);
        return ResponseEntity.ok().eTag(Etags.of(contact.version())).body(contact);
    }

    @PostMapping
    ResponseEntity<ContactResponse> create(@RequestBody ContactRequest request) {
        ContactResponse created = contacts.create(request);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).eTag(Etags.of(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<ContactResponse> update(@PathVariable UUID id, @RequestBody ContactRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ContactResponse updated = contacts.update(id, request, Etags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(updated.version())).body(updated);
    }

    @PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
    ResponseEntity<ContactResponse> patch(@PathVariable UUID id, @RequestBody Map<String, Object> patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ContactResponse updated = contacts.patch(id, current -> mergePatch.applyToOwned(current, patch, ContactRequest.class), Etags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move the contact to the recycle bin",
            description = "Gone from lists, search and lookups at once; POST {id}/restore brings it back with its "
                    + "history and relations until the recycle bin's retention has passed (30 days by default).")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        contacts.delete(id, Etags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

}
