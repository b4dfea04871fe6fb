package dev.orbita.interactions.internal;

import static dev.orbita.interactions.internal.InteractionTypes.ACCOUNT;
import static dev.orbita.interactions.internal.InteractionTypes.CONTACT;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.platform.RecordLookup;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageResponse;
import dev.orbita.shared.FieldViolation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeline panel (Customer 360) and tab (record pages) of a contact or account, answered to htmx: filters,
 * entries newest first with "load more", and the quick-log forms, which post here and get the panel back.
 */
@Controller
@RequestMapping("/interactions/timeline/{type}/{id}")
class TimelinePagesController {

    static final int PAGE_SIZE = 20;
    private static final Map<String, Duration> PERIODS = Map.of("7d", Duration.ofDays(7), "30d", Duration.ofDays(30),
            "365d", Duration.ofDays(365));

    private final InteractionQueries queries;
    private final InteractionManagement interactions;
    private final RecordLookup lookup;

    TimelinePagesController(InteractionQueries queries, InteractionManagement interactions, RecordLookup lookup) {
        this.queries = queries;
        this.interactions = interactions;
        this.lookup = lookup;
    }

    @GetMapping
    String panel(@PathVariable String type, @PathVariable UUID id, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String period, @RequestParam(required = false) String cursor,
            Model model) {
        requireVisible(type, id);
        fill(model, type, id, channel, period, cursor);
        return cursor == null ? "interactions/timeline :: panel" : "interactions/timeline :: more";
    }

    @PostMapping("/log")
    String log(@PathVariable String type, @PathVariable UUID id, @ModelAttribute("quickLog") QuickLogForm form,
            BindingResult binding, Model model) {
        requireVisible(type, id);
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                FieldViolation.of(e.getField(), "validation.invalid")));
        if (errors.isEmpty()) {
            try {
                interactions.create(form.toRequest(type, id));
                model.addAttribute("logged", true);
            } catch (ValidationException e) {
                e.violations().forEach(v -> errors.putIfAbsent(field(v.field()), v));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("openForm", form.getKind());
            model.addAttribute("failed", form);
            model.addAttribute("errors", errors);
        }
        fill(model, type, id, null, null, null);
        return "interactions/timeline :: panel";
    }

    private static String field(String apiField) {
        return switch (apiField) {
            case "subject", "body", "outcome", "direction" -> apiField;
            case "durationSeconds" -> "durationMinutes";
            default -> "subject";
        };
    }

    private void requireVisible(String type, UUID id) {
        if (!(CONTACT.equals(type) || ACCOUNT.equals(type)) || !lookup.visible(type, id)) {
            throw new NotFoundException(type.toLowerCase(java.util.Locale.ROOT), id);
        }
    }

    private void fill(Model model, String type, UUID id, String channel, String period, String cursor) {
        InteractionChannel chosen = parseChannel(channel);
        Duration span = period == null ? null : PERIODS.get(period);
        Instant from = span == null ? null : Instant.now().minus(span);
        InteractionFilter filter = new InteractionFilter(chosen, null, CONTACT.equals(type) ? id : null,
                ACCOUNT.equals(type) ? id : null, from, null);
        PageResponse<InteractionListItem> page = queries.list(filter,
                InteractionQueries.page(null, PAGE_SIZE, null, cursor));
        String base = "/interactions/timeline/" + type + "/" + id;
        model.addAttribute("base", base);
        model.addAttribute("type", type);
        model.addAttribute("icons", ICONS);
        model.addAttribute("blank", new QuickLogForm());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("entries", page.items());
        model.addAttribute("channels", InteractionChannel.values());
        model.addAttribute("channel", chosen == null ? null : chosen.name());
        model.addAttribute("period", span == null ? null : period);
        model.addAttribute("moreUrl", page.next() == null ? null
                : base + "?cursor=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8) + (chosen == null ? "" : "&channel=" + chosen.name())
                        + (span == null ? "" : "&period=" + period));
    }

    private static InteractionChannel parseChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return InteractionChannel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Map<String, String> ICONS = java.util.Arrays.stream(InteractionChannel.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, TimelinePagesController::icon));

    /** The shell's icon for a channel (layout/fragments :: icon). */
    static String icon(InteractionChannel channel) {
        return switch (channel) {
            case IN_PERSON, SOCIAL -> "users";
            case VISIT -> "compass";
            case PHONE, SMS -> "keyboard";
            case EMAIL, LETTER, FAX -> "inbox";
            case WHATSAPP, LIVE_CHAT, WEB_FORM, PORTAL -> "globe";
        };
    }
}
