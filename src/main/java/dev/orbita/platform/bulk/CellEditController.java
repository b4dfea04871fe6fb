package dev.orbita.platform.bulk;

import dev.orbita.platform.ui.ListResource;
import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageResponse;
import dev.orbita.web.export.ExportRequest;
import dev.orbita.web.list.CellEdit;
import dev.orbita.web.list.ListColumn;
import dev.orbita.web.list.ListTable;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * List cells edited in place (issue 7 §5), for the columns a list declares {@code editable}: the editor
 * ({@code shell/list :: cellEditor}) opened at the record's current version, the write through the record type's own
 * merge patch ({@link BulkTarget#editField}), and the cell as the list shows it afterwards, read through the list's
 * own query (so visibility holds). A refusal comes back as the editor with the reason in the cell, with the status a
 * single edit would answer (422, 403, 404, 409).
 */
@Controller
class CellEditController {

    private final BulkActions actions;
    private final MessageSource messages;
    private final BulkLists lists;

    CellEditController(BulkActions actions, MessageSource messages, BulkLists lists) {
        this.actions = actions;
        this.messages = messages;
        this.lists = lists;
    }

    /** The picker's form object in a cell editor: the field is {@code value}. */
    public record CellForm(UUID value) {
        public UUID getValue() {
            return value;
        }
    }

    @GetMapping("/lists/{resource}/rows/{id}/cells/{column}/edit")
    String editor(@PathVariable String resource, @PathVariable UUID id, @PathVariable String column, Model model) {
        Editable e = editable(resource, column);
        ListTable.Cell cell = cell(e, id);
        editorModel(model, e, id, cell, e.target().version(id), current(cell), null);
        return "shell/list :: cellEditor";
    }

    @GetMapping("/lists/{resource}/rows/{id}/cells/{column}")
    String show(@PathVariable String resource, @PathVariable UUID id, @PathVariable String column, Model model) {
        Editable e = editable(resource, column);
        return cellModel(model, e, id);
    }

    @PostMapping("/lists/{resource}/rows/{id}/cells/{column}")
    String save(@PathVariable String resource, @PathVariable UUID id, @PathVariable String column,
            @RequestParam(required = false) String value, @RequestParam(required = false) Long version, Model model,
            HttpServletResponse response) {
        Editable e = editable(resource, column);
        Locale locale = LocaleContextHolder.getLocale();
        String error;
        int status;
        if (version == null) {
            throw ValidationException.of("version", "validation.required");
        }
        try {
            e.target().editField(id, e.edit().field(), value, version);
            return cellModel(model, e, id);
        } catch (ValidationException v) {
            status = 422;
            error = v.violations().stream().map(f -> text(f, locale)).collect(Collectors.joining("; "));
        } catch (ForbiddenException f) {
            status = 403;
            error = messages.getMessage(f.reasonKey(), null, f.reasonKey(), locale);
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException s) {
            status = 409;
            error = messages.getMessage("list.cell.stale", null, "stale", locale);
        }
        response.setStatus(status);
        ListTable.Cell cell = cell(e, id);
        long current = status == 409 ? e.target().version(id) : version;
        editorModel(model, e, id, cell, current, value, error);
        return "shell/list :: cellEditor";
    }

    private String text(FieldViolation v, Locale locale) {
        return messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale);
    }

    private record Editable(ListResource list, BulkTarget target, ListColumn<?> column, CellEdit edit, BulkBar bar) {
    }

    private Editable editable(String resource, String column) {
        BulkLists.BulkList found = lists.require(resource);
        ListResource list = found.list();
        BulkTarget target = found.target();
        ListColumn<?> c = list.columns().all().stream().filter(x -> x.key().equals(column) && x.editable())
                .findFirst().orElseThrow(() -> new NotFoundException("column", column));
        BulkBar bar = actions.bar(resource).orElseThrow();
        if (c.edit().kind() == CellEdit.Kind.USER && !bar.mayReassign()) {
            throw new ForbiddenException("only managers reassign records", "problem.forbidden.reassign");
        }
        return new Editable(list, target, c, c.edit(), bar);
    }

    private String cellModel(Model model, Editable e, UUID id) {
        model.addAttribute("c", cell(e, id));
        model.addAttribute("rowId", id);
        model.addAttribute("bulk", e.bar());
        return "shell/list :: cellOnly";
    }

    private void editorModel(Model model, Editable e, UUID id, ListTable.Cell cell, long version, String current,
            String error) {
        model.addAttribute("cell", cell);
        model.addAttribute("edit", e.edit());
        model.addAttribute("resource", e.list().name());
        model.addAttribute("rowId", id);
        model.addAttribute("version", version);
        model.addAttribute("current", current);
        model.addAttribute("error", error);
        model.addAttribute("cellForm", new CellForm(null));
    }

    /** The value an editor starts from: the text, or the enum's name. */
    private static String current(ListTable.Cell cell) {
        Object v = cell.value();
        if (v instanceof java.util.Collection<?> tags) {
            return tags.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return v == null ? "" : v instanceof Enum<?> en ? en.name() : cell.text(LocaleContextHolder.getLocale());
    }

    /** The cell of this record as the list shows it, read through the list's own query; not visible → 404. */
    private ListTable.Cell cell(Editable e, UUID id) {
        return read(e.target().export(e.column().key(), null).restrictedTo(List.of(id)), e.list(), id);
    }

    private static <T> ListTable.Cell read(ExportRequest<T> request, ListResource list, UUID id) {
        PageResponse<T> rows = request.list().apply(request.order().batch(1, null));
        if (rows.items().isEmpty()) {
            throw new NotFoundException(list.recordType().toLowerCase(Locale.ROOT), id);
        }
        ListTable table = ListTable.of("", request.columns(), list.sorts(), rows.items(), t -> id,
                t -> list.path() + "/" + id);
        return table.rows().get(0).cells().get(0);
    }
}
