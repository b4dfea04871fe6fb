package dev.orbita.platform.bulk;

import dev.orbita.platform.RecordLabels;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.ui.ListResource;
import dev.orbita.platform.ui.Pickers;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import dev.orbita.web.export.ExportFormat;
import dev.orbita.web.export.ListExport;
import dev.orbita.web.form.FormSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list pages' selection bar posts here ({@code POST /lists/{resource}/bulk}): the chosen rows ({@code ids}) or,
 * with {@code all}, every record matching the page's filters; the result comes back on the list as a notice that
 * names each refused record the user may see. A selection above the immediate limit opens the job's page
 * ({@code /bulk-jobs/{id}}), which follows its progress and can be reloaded at any time.
 */
@Controller
class BulkPagesController {

    static final String RESULT = "bulkResult";
    private static final int REFUSALS_SHOWN = 20;

    private final BulkActions actions;
    private final BulkJobs jobs;
    private final Visibility visibility;
    private final RecordLabels labels;
    private final MessageSource messages;
    private final BulkLists lists;
    private final ListExport exports;

    /** At most this many chosen rows per export of a selection (a page holds at most 100). */
    static final int EXPORT_MAX = 1000;

    BulkPagesController(BulkActions actions, BulkJobs jobs, Visibility visibility, RecordLabels labels,
            MessageSource messages, BulkLists lists, ListExport exports) {
        this.exports = exports;
        this.actions = actions;
        this.jobs = jobs;
        this.visibility = visibility;
        this.labels = labels;
        this.messages = messages;
        this.lists = lists;
    }

    @PostMapping("/lists/{resource}/bulk")
    String bulk(@PathVariable String resource, @RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String all, @RequestParam(required = false) String filters,
            @RequestParam(required = false) String action, @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String teamId, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String stage, @RequestParam(name = "return", required = false) String back,
            RedirectAttributes redirect) {
        BulkLists.BulkList found = lists.require(resource);
        ListResource list = found.list();
        BulkTarget target = found.target();
        String returnTo = list.safeReturn(back);
        BulkAction chosen = parseAction(action);
        List<UUID> selected = ids == null ? List.of() : ids.stream().map(Pickers::parse).filter(java.util.Objects::nonNull)
                .distinct().toList();
        boolean everything = "true".equals(all);
        if (chosen == null || !everything && selected.isEmpty()) {
            redirect.addFlashAttribute(RESULT, new BulkOutcome(chosen == null ? "bulk.noAction" : "bulk.noSelection", 0,
                    List.of(), 0, List.of()));
            return "redirect:" + returnTo;
        }
        BulkResult result;
        try {
            BulkRequest request = new BulkRequest(everything ? null : selected,
                    everything ? filters(filters, list) : null, chosen, Pickers.parse(ownerId), Pickers.parse(teamId),
                    FormSupport.blankToNull(tag), FormSupport.blankToNull(stage), null, null);
            result = actions.run(resource, request);
        } catch (ValidationException e) {
            Locale locale = LocaleContextHolder.getLocale();
            List<String> errors = e.violations().stream().map(v -> messages.getMessage("bulk.field." + v.field(), null,
                    v.field(), locale) + ": " + messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale))
                    .toList();
            redirect.addFlashAttribute(RESULT, new BulkOutcome("bulk.refused", 0, List.of(), 0, errors));
            return "redirect:" + returnTo;
        }
        if (result.job() != null) {
            return "redirect:/bulk-jobs/" + result.job();
        }
        redirect.addFlashAttribute(RESULT, outcome(target, result));
        return "redirect:" + returnTo;
    }

    /**
     * "Export the selection": the chosen rows as CSV or XLSX with the list's current columns and sort (through the
     * list's own query, so only what the user may see), or with {@code all} the whole filtered list through the
     * list's export address.
     */
    @PostMapping("/lists/{resource}/export")
    org.springframework.web.servlet.ModelAndView export(@PathVariable String resource, @RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String all, @RequestParam(required = false) String format,
            @RequestParam(required = false) String columns, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String exportCsv, @RequestParam(required = false) String exportXlsx,
            @RequestParam(name = "return", required = false) String back, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        BulkLists.BulkList found = lists.require(resource);
        ListResource list = found.list();
        BulkTarget target = found.target();
        ExportFormat chosen = "xlsx".equals(format) ? ExportFormat.XLSX : ExportFormat.CSV;
        if ("true".equals(all)) {
            String whole = chosen == ExportFormat.XLSX ? exportXlsx : exportCsv;
            boolean ours = whole != null && whole.startsWith(list.path() + "/export?") && !whole.contains("\\")
                    && !whole.contains("\r") && !whole.contains("\n");
            return redirectTo(ours ? whole : list.path() + "/export?format=" + chosen.extension());
        }
        List<UUID> selected = ids == null ? List.of() : ids.stream().map(Pickers::parse)
                .filter(java.util.Objects::nonNull).distinct().limit(EXPORT_MAX).toList();
        if (selected.isEmpty()) {
            redirect.addFlashAttribute(RESULT, new BulkOutcome("bulk.noSelection", 0, List.of(), 0, List.of()));
            return redirectTo(list.safeReturn(back));
        }
        if (visibility.readScope(target.recordType()).isNone()) {
            throw new dev.orbita.shared.ForbiddenException("may not read " + resource);
        }
        exports.write(chosen, target.export(FormSupport.blankToNull(columns), FormSupport.blankToNull(sort)).restrictedTo(selected), response);
        return null; // the file is the answer
    }

    private static org.springframework.web.servlet.ModelAndView redirectTo(String path) {
        return new org.springframework.web.servlet.ModelAndView("redirect:" + path);
    }

    @GetMapping("/bulk-jobs/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) String fragment, Model model) {
        BulkJob job = BulkApiController.visibleJob(jobs, visibility, id);
        model.addAttribute("job", job);
        model.addAttribute("list", lists.list(job.resource()).orElse(null));
        model.addAttribute("refusals", refusals(actions.target(job.resource()).map(BulkTarget::recordType).orElse(null),
                job.failed()));
        return fragment != null ? "platform/bulk-job :: progress" : "platform/bulk-job";
    }

    private BulkOutcome outcome(BulkTarget target, BulkResult result) {
        List<BulkResult.Failure> shown = result.failed().stream().limit(REFUSALS_SHOWN).toList();
        return new BulkOutcome(result.failed().isEmpty() ? "bulk.done" : "bulk.partly", result.done(),
                refusals(target.recordType(), shown), result.failed().size() - shown.size(), List.of());
    }

    private List<BulkOutcome.Refusal> refusals(String type, List<BulkResult.Failure> failures) {
        Map<UUID, String> titles = type == null || failures.isEmpty() ? Map.of()
                : labels.visibleTitles(type, failures.stream().map(BulkResult.Failure::id).toList());
        List<BulkOutcome.Refusal> out = new ArrayList<>();
        for (BulkResult.Failure f : failures) {
            out.add(new BulkOutcome.Refusal(titles.getOrDefault(f.id(), f.id().toString()), f.detail()));
        }
        return out;
    }

    /**
     * The page's filter parameters (its query string), only those the list has. A query string that cannot be read is
     * refused, never taken as "no filter" (which would select the whole list).
     */
    static Map<String, Object> filters(String query, ListResource list) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                        java.nio.charset.StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
                if (list.filters().contains(name) && !value.isBlank()) {
                    values.putIfAbsent(name, value);
                }
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("filter", "validation.invalid");
            }
        }
        return values;
    }

    private static BulkAction parseAction(String action) {
        try {
            return action == null ? null : BulkAction.valueOf(action.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
