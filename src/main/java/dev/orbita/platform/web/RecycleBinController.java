package dev.orbita.platform.web;

import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.RecycleBin;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.RecordRef;
import dev.orbita.web.Etags;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recycle bin of every record type that has one (ADR 021): {@code POST /api/v1/{collection}/{id}/restore}, the
 * Recycle bin page {@code GET /recycle-bin} and its restore form {@code POST /recycle-bin/{TYPE}/{id}/restore} (also
 * the Undo button of the toast after a delete). A restore follows the rules of a write: not in the bin or not visible
 * → 404, not writable → 403.
 */
@Controller
@Tag(name = "Recycle bin")
class RecycleBinController {

    static final String NAV_KEY = "recycle-bin";

    private final RecordTypes types;
    private final RecycleBin bin;
    private final MessageSource messages;

    RecycleBinController(RecordTypes types, RecycleBin bin, MessageSource messages) {
        this.types = types;
        this.bin = bin;
        this.messages = messages;
    }

    @PostMapping("/api/v1/{collection}/{id}/restore")
    @ResponseBody
    @Operation(summary = "Restore a record from the recycle bin",
            description = "Brings back a deleted record with its history, relations and search entry, until the "
                    + "recycle bin's retention has passed. Needs the right to change the record; 404 when it is not "
                    + "in the bin or not visible to the caller.")
    @ApiResponse(responseCode = "204", description = "Restored; ETag is its new version, Location its resource")
    ResponseEntity<Void> restoreApi(@PathVariable String collection, @PathVariable UUID id) {
        RecordType type = types.all().stream().filter(RecordType::recycleBin)
                .filter(t -> ("/api/v1/" + collection).equals(t.apiBase())).findFirst()
                .orElseThrow(() -> new NotFoundException(collection, id));
        long version = bin.restore(type.ref(id)).version();
        return ResponseEntity.noContent().eTag(Etags.of(version)).location(URI.create(type.apiBase() + "/" + id))
                .build();
    }

    @GetMapping("/recycle-bin")
    String page(@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after, Model model) {
        PageQuery query = RecycleBin.pageQuery(size, sort, after);
        PageResponse<RecycleBin.Entry> entries = bin.page(query);
        model.addAttribute("entries", entries);
        model.addAttribute("retentionDays", bin.retention().toDays());
        model.addAttribute("firstPage", query.after() != null);
        model.addAttribute("activeNav", NAV_KEY);
        return "platform/recycle-bin";
    }

    /** Restores and opens the record (the Undo button), or goes back to the bin page with {@code from=bin}. */
    @PostMapping("/recycle-bin/{type}/{id}/restore")
    String restore(@PathVariable String type, @PathVariable UUID id, @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        RecordType recordType = types.find(type).filter(RecordType::recycleBin)
                .orElseThrow(() -> new NotFoundException("record", id));
        RecycleBin.Restored restored = bin.restore(RecordRef.of(recordType.code(), id));
        redirect.addFlashAttribute("flash", messages.getMessage("bin.flash.restored",
                new Object[] { restored.title() }, LocaleContextHolder.getLocale()));
        return "bin".equals(from) ? "redirect:/recycle-bin" : "redirect:" + recordType.url(id);
    }
}
