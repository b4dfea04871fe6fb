package dev.orbita.platform.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.ui.NewEntry;
import dev.orbita.platform.ui.PickerOption;
import dev.orbita.platform.ui.Pickers;
import dev.orbita.platform.ui.UiExtensions;
import dev.orbita.shared.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choices of a record picker as the user types ({@code shell/picker :: options}, fetched by js/picker.js):
 * up to ten visible records of the type, a "create new" entry when the user may create one.
 */
@Controller
class PickerController {

    static final int LIMIT = 10;

    private final Pickers pickers;
    private final RecordTypes recordTypes;
    private final UiExtensions ui;
    private final Visibility visibility;

    PickerController(Pickers pickers, RecordTypes recordTypes, UiExtensions ui, Visibility visibility) {
        this.pickers = pickers;
        this.recordTypes = recordTypes;
        this.ui = ui;
        this.visibility = visibility;
    }

    @GetMapping("/picker/{type}")
    String options(@PathVariable String type, @RequestParam(required = false) String q,
            @RequestParam(required = false) String exclude, Model model) {
        String code = type.toUpperCase(Locale.ROOT);
        if (!pickers.answers(code)) {
            throw new NotFoundException("picker", type);
        }
        String typed = q == null ? "" : q.strip();
        if (typed.length() > 200) {
            typed = typed.substring(0, 200);
        }
        UUID excluded = Pickers.parse(exclude);
        List<PickerOption> options = typed.isEmpty() ? List.of()
                : pickers.find(code, typed, LIMIT + 1).stream().filter(o -> !o.id().equals(excluded))
                        .limit(LIMIT).toList();
        CurrentUser user = visibility.requireUser();
        NewEntry create = recordTypes.find(code)
                .flatMap(t -> ui.newEntries(user).stream().filter(e -> e.url().equals(t.urlBase() + "/new"))
                        .findFirst())
                .orElse(null);
        model.addAttribute("type", code);
        model.addAttribute("typed", typed);
        model.addAttribute("options", options);
        model.addAttribute("create", create);
        return "shell/picker :: options";
    }
}
