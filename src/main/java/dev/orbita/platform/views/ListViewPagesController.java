package dev.orbita.platform.views;

import dev.orbita.platform.ui.ListResource;
import dev.orbita.platform.ui.SavedView;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms of a list page's toolbar (shell/list :: toolbar): the column chooser and the views menu.
 * Plain posts answered by a redirect back to the list, so that they work without scripts and every
 * button is a keyboard-usable button; a refusal comes back as a notice on the list.
 */
@Controller
@RequestMapping("/lists/{resource}")
class ListViewPagesController {

    static final String NOTICE = "listNotice";

    private final Views views;

    ListViewPagesController(Views views) {
        this.views = views;
    }

    /**
     * The column chooser: {@code order} lists every column as the chooser showed them, {@code columns}
     * the ticked ones; {@code move=<key>:up|down} moves one; {@code size} the page size. Saved as the
     * user's choice; an editable open view ({@code view}) gets the columns and size itself.
     */
    @PostMapping("/columns")
    String columns(@PathVariable String resource, @RequestParam(required = false) List<String> order,
            @RequestParam(required = false) List<String> columns, @RequestParam(required = false) String move,
            @RequestParam(required = false) String size, @RequestParam(required = false) String view,
            @RequestParam(name = "return", required = false) String back, RedirectAttributes redirect) {
        ListResource list = known(resource);
        List<String> ordered = new ArrayList<>(order == null ? List.of() : order);
        Set<String> ticked = Set.copyOf(columns == null ? List.of() : columns);
        if (move != null && move.contains(":")) {
            String key = move.substring(0, move.lastIndexOf(':'));
            int at = ordered.indexOf(key);
            int to = move.endsWith(":up") ? at - 1 : at + 1;
            if (at >= 0 && to >= 0 && to < ordered.size()) {
                ordered.set(at, ordered.get(to));
                ordered.set(to, key);
            }
        }
        List<String> chosen = order == null ? null : ordered.stream().filter(ticked::contains).distinct().toList();
        if (move != null) {
            redirect.addFlashAttribute("columnsOpen", true); // keep the chooser open for the next move
        }
        Integer pageSize = parse(size);
        String target = list.safeReturn(back);
        Map<String, String> params = new LinkedHashMap<>();
        if (pageSize != null) {
            params.put("size", "");
        }
        try {
            UUID viewId = view == null ? null : Views.uuid(view);
            SavedView open = viewId == null ? null : views.get(viewId);
            if (open != null && open.editable()) {
                views.change(open.id(), new Views.Change(null, null, null, null, chosen, pageSize, null, null));
            } else {
                views.chooseColumns(list.name(), chosen, pageSize);
                if (open == null) {
                    params.put("columns", "");
                } else {
                    // someone else's view: the address carries the choice over the view's own
                    if (chosen != null) {
                        params.put("columns", String.join(",", chosen));
                    }
                    if (pageSize != null) {
                        params.put("size", String.valueOf(pageSize));
                    }
                }
            }
        } catch (ValidationException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute(NOTICE, "list.columns.refused");
        }
        return "redirect:" + replace(target, params);
    }

    /** Saves the list's current filters, sort, columns and page size as a new view, and opens it. */
    @PostMapping("/views")
    String save(@PathVariable String resource, @RequestParam(required = false) String name,
            @RequestParam(required = false) String shared, @RequestParam(required = false) String makeDefault,
            @RequestParam(required = false) String filters, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String columns, @RequestParam(required = false) String size,
            @RequestParam(name = "return", required = false) String back, RedirectAttributes redirect) {
        ListResource list = known(resource);
        try {
            SavedView created = views.create(new Views.Change(name, list.name(), ViewStore.decode(filters), sort,
                    columns == null || columns.isBlank() ? null : List.of(columns.split(",")), parse(size),
                    shared == null ? "PRIVATE" : shared, "true".equals(makeDefault)));
            redirect.addFlashAttribute(NOTICE, "list.views.saved");
            return "redirect:" + list.path() + "?view=" + created.id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute(NOTICE, e.violations().stream().anyMatch(v -> v.field().equals("name"))
                    ? "list.views.nameRefused" : "list.views.refused");
            return "redirect:" + list.safeReturn(back);
        }
    }

    /** Renames an own view and changes who it is shared with. */
    @PostMapping("/views/{id}")
    String change(@PathVariable String resource, @PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String shared, RedirectAttributes redirect) {
        ListResource list = known(resource);
        try {
            views.change(id, new Views.Change(name == null ? "" : name, null, null, null, null, null, shared, null));
            redirect.addFlashAttribute(NOTICE, "list.views.changed");
        } catch (ValidationException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute(NOTICE, "list.views.refused");
        }
        return "redirect:" + list.path() + "?view=" + id;
    }

    /** Makes the view the user's default of the list ({@code on=true}) or stops it being so. */
    @PostMapping("/views/{id}/default")
    String makeDefault(@PathVariable String resource, @PathVariable UUID id, @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        ListResource list = known(resource);
        try {
            views.change(id, new Views.Change(null, null, null, null, null, null, null, !"false".equals(on)));
        } catch (ValidationException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute(NOTICE, "list.views.refused");
        }
        return "redirect:" + list.path() + "?view=" + id;
    }

    @PostMapping("/views/{id}/delete")
    String delete(@PathVariable String resource, @PathVariable UUID id, RedirectAttributes redirect) {
        ListResource list = known(resource);
        try {
            views.delete(id);
            redirect.addFlashAttribute(NOTICE, "list.views.deleted");
        } catch (ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute(NOTICE, "list.views.refused");
            return "redirect:" + list.path() + "?view=" + id;
        }
        return "redirect:" + list.path();
    }

    private ListResource known(String resource) {
        return views.resource(resource).orElseThrow(() -> new NotFoundException("list", resource));
    }

    private static Integer parse(String size) {
        try {
            return size == null || size.isBlank() ? null : Integer.valueOf(size.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The address with these parameters set (blank: removed), on the list's first page. */
    private static String replace(String target, Map<String, String> values) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(target);
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("page", "");
        all.put("after", "");
        all.put("before", "");
        all.put("last", "");
        all.forEach((k, v) -> {
            b.replaceQueryParam(k);
            if (!v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.build().toUriString();
    }
}
