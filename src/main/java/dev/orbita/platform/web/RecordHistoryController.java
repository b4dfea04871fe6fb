package dev.orbita.platform.web;

import dev.orbita.platform.AuditChange;
import dev.orbita.platform.HistoryFormatter;
import dev.orbita.platform.RecordHistory;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordTypes;
import dev.orbita.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The history of any audited record type: {@code GET /api/v1/{collection}/{id}/history} (canonical
 * values) and the History tab fragment {@code GET /records/{TYPE}/{id}/history} (values in the
 * reader's language and time zone). Visibility as for the record itself: not visible → 404.
 */
@Controller
@Tag(name = "History")
class RecordHistoryController {

    private final RecordTypes types;
    private final RecordHistory history;
    private final HistoryFormatter format;

    RecordHistoryController(RecordTypes types, RecordHistory history, HistoryFormatter format) {
        this.types = types;
        this.history = history;
        this.format = format;
    }

    @GetMapping("/api/v1/{collection}/{id}/history")
    @ResponseBody
    @Operation(summary = "Field-level change history of a record, newest first")
    Map<String, Object> api(@PathVariable String collection, @PathVariable UUID id) {
        RecordType type = types.all().stream().filter(t -> ("/api/v1/" + collection).equals(t.apiBase()))
                .filter(RecordType::audited).findFirst()
                .orElseThrow(() -> new NotFoundException(collection, id));
        List<AuditChange> changes = history.history(type.code(), id);
        return Map.of("items", changes, "page", 0, "size", changes.size(), "total", changes.size());
    }

    @GetMapping("/records/{type}/{id}/history")
    String tab(@PathVariable String type, @PathVariable UUID id, Model model) {
        RecordType recordType = types.find(type).filter(RecordType::audited)
                .orElseThrow(() -> new NotFoundException("record", id));
        model.addAttribute("history", format.render(recordType.code(), history.history(recordType.code(), id)));
        return "shell/history :: history";
    }
}
