package dev.orbita.search.internal;

import dev.orbita.search.GlobalSearch;
import dev.orbita.search.SearchResults;
import dev.orbita.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page and the as-you-type suggestions under the global search box. */
@Controller
class SearchPageController {

    private final GlobalSearch search;
    /** Record type code → message key of its name, for the badge of each hit. */
    private final Map<String, String> typeLabels;

    SearchPageController(GlobalSearch search) {
        this.search = search;
        Map<String, String> labels = new LinkedHashMap<>();
        search.types().forEach(t -> labels.put(t.code(), t.labelKey()));
        this.typeLabels = Map.copyOf(labels);
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("activeNav", "search");
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", run(q, 50, model));
        return "search/results";
    }

    @GetMapping("/search/suggest")
    String suggest(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", run(q, 8, model));
        return "search/results :: suggestions";
    }

    private SearchResults run(String q, int limit, Model model) {
        model.addAttribute("typeLabels", typeLabels);
        if (q == null || q.isBlank()) {
            return null;
        }
        try {
            return search.search(q, limit);
        } catch (ValidationException e) {
            model.addAttribute("searchError", e.violations().get(0).messageKey());
            model.addAttribute("searchErrorArgs", e.violations().get(0).args());
            return null;
        }
    }
}
