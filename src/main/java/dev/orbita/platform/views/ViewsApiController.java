package dev.orbita.platform.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orbita.platform.ui.SavedView;
import dev.orbita.web.MergePatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saved views of lists (docs/api.md "Saved views", ADR 022). */
@RestController
@RequestMapping("/api/v1/views")
@Tag(name = "Saved views", description = "Named filters, sort, columns and page size of a list, private or shared")
class ViewsApiController {

    private final Views views;
    private final MergePatch mergePatch;

    ViewsApiController(Views views, MergePatch mergePatch) {
        this.views = views;
        this.mergePatch = mergePatch;
    }

    /** A view written by a client; in a PATCH every field is optional and only those given change. */
    record ViewRequest(String name, String resource, Map<String, String> filters, String sort, List<String> columns,
            Integer size, String shared, @JsonProperty("default") Boolean isDefault) {

        Views.Change change() {
            return new Views.Change(name, resource, filters, sort, columns, size, shared, isDefault);
        }

        static ViewRequest of(SavedView v) {
            return new ViewRequest(v.name(), v.resource(), v.filters(), v.sort(), v.columns(), v.size(),
                    v.shared().name(), v.isDefault());
        }
    }

    /** A view as the caller sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ViewResponse(UUID id, String name, String resource, Map<String, String> filters, String sort,
            List<String> columns, Integer size, SavedView.Sharing shared, UUID ownerId, boolean mine,
            boolean editable, @JsonProperty("default") boolean isDefault) {

        static ViewResponse of(SavedView v) {
            return new ViewResponse(v.id(), v.name(), v.resource(), v.filters(), v.sort(), v.columns(), v.size(),
                    v.shared(), v.ownerId(), v.mine(), v.editable(), v.isDefault());
        }
    }

    @GetMapping
    @Operation(summary = "The views of a list the caller sees: their own, their team's and everyone's")
    Map<String, Object> list(@RequestParam String resource) {
        List<ViewResponse> all = views.list(resource).stream().map(ViewResponse::of).toList();
        return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
    }

    @PostMapping
    @Operation(summary = "Save a view of a list")
    ResponseEntity<ViewResponse> create(@RequestBody ViewRequest request) {
        ViewResponse created = ViewResponse.of(views.create(request.change()));
        return ResponseEntity.created(URI.create("/api/v1/views/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One view")
    ViewResponse get(@PathVariable UUID id) {
        return ViewResponse.of(views.get(id));
    }

    @PatchMapping(value = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a view by JSON merge patch (its owner or an admin); anyone who sees it may patch only `default`")
    ViewResponse patch(@PathVariable UUID id, @RequestBody Map<String, Object> patch) {
        if (patch == null) {
            throw dev.orbita.shared.ValidationException.of("body", "validation.required");
        }
        ViewRequest merged = mergePatch.apply(ViewRequest.of(views.get(id)), patch, ViewRequest.class);
        return ViewResponse.of(views.change(id, new Views.Change(
                patch.containsKey("name") ? or(merged.name(), "") : null,
                patch.containsKey("resource") ? or(merged.resource(), "") : null,
                patch.containsKey("filters") ? or(merged.filters(), Map.of()) : null,
                patch.containsKey("sort") ? or(merged.sort(), "") : null,
                patch.containsKey("columns") ? or(merged.columns(), List.of()) : null,
                patch.containsKey("size") ? merged.size() : null,
                patch.containsKey("shared") ? or(merged.shared(), "PRIVATE") : null,
                patch.containsKey("default") ? Boolean.TRUE.equals(merged.isDefault()) : null)));
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a view's name, filters, sort, columns, size and sharing (its owner or an admin)")
    ViewResponse put(@PathVariable UUID id, @RequestBody ViewRequest request) {
        Views.Change c = request.change();
        // a replacement: what is left out is cleared (name stays required)
        return ViewResponse.of(views.change(id, new Views.Change(c.name() == null ? "" : c.name(), c.resource(),
                c.filters() == null ? Map.of() : c.filters(), c.sort() == null ? "" : c.sort(),
                c.columns() == null ? List.of() : c.columns(), c.size(), c.shared() == null ? "PRIVATE" : c.shared(),
                c.makeDefault())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a view (its owner or an admin)")
    void delete(@PathVariable UUID id) {
        views.delete(id);
    }
}
