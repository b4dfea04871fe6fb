package dev.orbita.recent;

import dev.orbita.platform.ui.HomePanel;
import dev.orbita.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The home page's "recently changed" panel and its API. */
@Controller
@Tag(name = "Recently changed")
class RecentChangesController {

    private final RecentChanges changes;

    RecentChangesController(RecentChanges changes) {
        this.changes = changes;
    }

    @Bean
    static HomePanel recentChangesPanel() {
        return new HomePanel("recent", "recent.title", "/recent/panel", 100);
    }

    @GetMapping("/recent/panel")
    String panel(Model model) {
        model.addAttribute("changes", changes.latest(10));
        return "recent/panel :: panel";
    }

    @GetMapping("/api/v1/recent-changes")
    @ResponseBody
    @Operation(summary = "The latest change of each record the caller may see, newest first")
    Map<String, Object> api(@RequestParam(required = false) Integer limit) {
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > RecentChanges.MAX) {
            throw ValidationException.of("limit", "validation.range", 1, RecentChanges.MAX);
        }
        List<RecentChange> items = changes.latest(n);
        return Map.of("items", items, "size", items.size());
    }
}
