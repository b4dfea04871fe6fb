package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import dev.orbita.web.PageResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Interactions list (filters by channel, direction and period, newest first, keyset "next") and the record
 * page. Parameters are read leniently: a value that is not understood is dropped.
 */
@Controller
@RequestMapping("/interactions")
class InteractionPagesController {

    private static final Map<String, Duration> PERIODS = Map.of("7d", Duration.ofDays(7), "30d", Duration.ofDays(30),
            "365d", Duration.ofDays(365));

    private final InteractionQueries queries;
    private final InteractionManagement interactions;
    private final Attachments attachments;

    InteractionPagesController(InteractionQueries queries, InteractionManagement interactions,
            Attachments attachments) {
        this.queries = queries;
        this.interactions = interactions;
        this.attachments = attachments;
    }

    @GetMapping
    String list(@RequestParam(required = false) String channel, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String period, @RequestParam(required = false) String after,
            Model model) {
        InteractionChannel c = parse(InteractionChannel.class, channel);
        InteractionDirection d = parse(InteractionDirection.class, direction);
        Duration span = period == null ? null : PERIODS.get(period);
        Instant from = span == null ? null : Instant.now().minus(span);
        PageResponse<InteractionListItem> page;
        try {
            page = queries.list(new InteractionFilter(c, d, null, null, from, null),
                    InteractionQueries.page(null, 50, null, after));
        } catch (dev.orbita.shared.ValidationException e) { // a cursor that is not ours: the first page
            page = queries.list(new InteractionFilter(c, d, null, null, from, null),
                    InteractionQueries.page(null, 50, null, null));
        }
        String filters = (c == null ? "" : "&channel=" + c.name()) + (d == null ? "" : "&direction=" + d.name())
                + (span == null ? "" : "&period=" + period);
        model.addAttribute("result", page);
        model.addAttribute("channels", InteractionChannel.values());
        model.addAttribute("directions", InteractionDirection.values());
        model.addAttribute("channel", c == null ? null : c.name());
        model.addAttribute("direction", d == null ? null : d.name());
        model.addAttribute("period", span == null ? null : period);
        model.addAttribute("nextUrl", page.next() == null ? null
                : "/interactions?after=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8) + filters);
        model.addAttribute("activeNav", "interactions");
        return "interactions/list";
    }

    @GetMapping("/{id}")
    String record(@PathVariable UUID id, Model model) {
        Interaction interaction = interactions.readable(id);
        model.addAttribute("interaction", interactions.response(interaction));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("activeNav", "interactions");
        return "interactions/record";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
