package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
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
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Companies, people and households the company does business with")
class AccountApiController {

    private final AccountManagement accounts;
    private final AccountQueries queries;
    private final MergePatch mergePatch;
    private final ListExport exports;

    AccountApiController(AccountManagement accounts, AccountQueries queries, MergePatch mergePatch,
            ListExport exports) {
        this.accounts = accounts;
        this.queries = queries;
        this.mergePatch = mergePatch;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "List accounts the caller may see", description = "Offset paging with page/size, or keyset "
            + "paging with after=<next of the previous page>. size ≤ 200. sort: name, createdAt, updatedAt.")
    PageResponse<AccountListItem> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) AccountKind kind,
            @RequestParam(required = false) LifecycleStage lifecycleStage,
            @RequestParam(required = false) ValueTier tier, @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) String tag,
            @RequestParam(required = false) Instant updatedSince, @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String after) {
        var filter = new AccountFilter(q, kind, lifecycleStage, tier, ownerId, teamId, tag, updatedSince, parentId);
        return queries.list(filter, AccountQueries.page(page, size, sort, after));
    }

    /** The whole filtered list as a file; documented on the list's operation (web.export.ExportDocumentation). */
    @GetMapping(produces = { ExportFormat.CSV_VALUE, ExportFormat.XLSX_VALUE })
    @Operation(hidden = true)
    void export(@RequestParam(required = false) String q,
            @RequestParam(required = false) AccountKind kind,
            @RequestParam(required = false) LifecycleStage lifecycleStage,
            @RequestParam(required = false) ValueTier tier, @RequestParam(required = false) UUID ownerId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) String tag,
            @RequestParam(required = false) Instant updatedSince, @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) String sort,
            @Parameter(description = "name, kind, lifecycleStage, tier, taxId, phone, email, city, ownerName, "
                    + "tags, createdAt, updatedAt, id")
            @RequestParam(required = false) String columns,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String after,
            @RequestHeader(HttpHeaders.ACCEPT) String accept, HttpServletResponse response) throws IOException {
        ListExport.requireWholeList(page, size, after);
        var filter = new AccountFilter(q, kind, lifecycleStage, tier, ownerId, teamId, tag, updatedSince, parentId);
        exports.write(ExportFormat.ofAccept(accept), new ExportRequest<>("record.ACCOUNT.plural",
                AccountColumns.LIST.pick(columns), AccountQueries.page(null, null, sort, null),
                p -> queries.list(filter, p)), response);
    }

    @GetMapping("/{id}")
    ResponseEntity<AccountResponse> get(@PathVariable UUID id) {
        AccountResponse account = accounts.get(id);
        return ResponseEntity.ok().eTag(Etags.of(account.version())).body(account);
    }

    @PostMapping
    ResponseEntity<AccountResponse> create(@RequestBody AccountRequest request) {
        AccountResponse created = accounts.create(request);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).eTag(Etags.of(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<AccountResponse> update(@PathVariable UUID id, @RequestBody AccountRequest request,
            @Parameter(description = "the version from the ETag; stale → 412")
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AccountResponse updated = accounts.update(id, request, Etags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(updated.version())).body(updated);
    }

    @PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
    ResponseEntity<AccountResponse> patch(@PathVariable UUID id, @RequestBody Map<String, Object> patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AccountResponse updated = accounts.patch(id, current -> mergePatch.applyToOwned(current, patch, AccountRequest.class), Etags.ifMatch(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Move the account to the recycle bin",
            description = "Gone from lists, search and lookups at once; POST {id}/restore brings it back with its "
                    + "history and relations until the recycle bin's retention has passed (30 days by default).")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        accounts.delete(id, Etags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
