package dev.orbita.platform;

import dev.orbita.shared.PhoneNumber;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import dev.orbita.platform.web.DateTimeFormats;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored history into what the reader sees, from the record type's {@link AuditFields}: codes
 * become their labels, times the reader's time zone, phones their national format, structured items
 * readable lines, and fields come in the order of the form. Values written before a field was
 * declared (or not in the canonical form) are shown as stored.
 */
@Component
public class HistoryFormatter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> ITEMS = new TypeReference<>() {
    };

    private final RecordTypes types;
    private final MessageSource messages;
    private final DateTimeFormats times;
    private final RecordLabels labels;

    HistoryFormatter(RecordTypes types, MessageSource messages, DateTimeFormats times, RecordLabels labels) {
        this.types = types;
        this.messages = messages;
        this.times = times;
        this.labels = labels;
    }

    public List<HistoryEntry> render(String type, List<AuditChange> changes) {
        AuditFields<?> fields = types.require(type).auditFields();
        Locale locale = LocaleContextHolder.getLocale();
        ZoneId zone = times.zone();
        Map<String, String> references = references(fields, changes, locale);
        List<HistoryEntry> entries = new ArrayList<>();
        for (AuditChange change : changes) {
            List<AuditChange.FieldChange> sorted = new ArrayList<>(change.fields());
            if (fields != null) {
                sorted.sort(Comparator.comparingInt(f -> fields.position(f.field())));
            }
            List<HistoryEntry.Row> rows = new ArrayList<>();
            for (AuditChange.FieldChange f : sorted) {
                AuditFields.Field field = fields == null ? null : fields.field(f.field()).orElse(null);
                rows.add(new HistoryEntry.Row(f.field(),
                        messages.getMessage("field." + f.field(), null, f.field(), locale),
                        shown(field, f.oldValue(), references, locale, zone),
                        shown(field, f.newValue(), references, locale, zone)));
            }
            entries.add(new HistoryEntry(change.action(), change.actorName(), change.occurredAt(),
                    dateTime(change.occurredAt(), locale, zone), rows));
        }
        return entries;
    }

    private String shown(AuditFields.Field field, String value, Map<String, String> references, Locale locale,
            ZoneId zone) {
        if (value != null && field != null && field.kind() == AuditFields.Kind.REFERENCE) {
            return references.getOrDefault(field.messagePrefix() + ":" + value, value);
        }
        return value(field, value, locale, zone);
    }

    /**
     * The names of every record the changes point at, resolved at once per record type with the
     * reader's visibility; a record hidden from the reader (or gone) shows as such, never by name.
     */
    private Map<String, String> references(AuditFields<?> fields, List<AuditChange> changes, Locale locale) {
        Map<String, String> shown = new java.util.HashMap<>();
        if (fields == null) {
            return shown;
        }
        Map<String, java.util.Set<java.util.UUID>> byType = new java.util.HashMap<>();
        for (AuditChange change : changes) {
            for (AuditChange.FieldChange f : change.fields()) {
                AuditFields.Field field = fields.field(f.field()).orElse(null);
                if (field != null && field.kind() == AuditFields.Kind.REFERENCE) {
                    for (String v : java.util.Arrays.asList(f.oldValue(), f.newValue())) {
                        uuid(v).ifPresent(id -> byType.computeIfAbsent(field.messagePrefix(),
                                t -> new java.util.HashSet<>()).add(id));
                    }
                }
            }
        }
        String hidden = messages.getMessage("history.hiddenRecord", null, "—", locale);
        byType.forEach((type, ids) -> {
            Map<java.util.UUID, String> titles = labels.visibleTitles(type, ids);
            ids.forEach(id -> shown.put(type + ":" + id, titles.getOrDefault(id, hidden)));
        });
        return shown;
    }

    private static java.util.Optional<java.util.UUID> uuid(String value) {
        try {
            return value == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** One stored value in the reader's language and time zone. */
    String value(AuditFields.Field field, String value, Locale locale, ZoneId zone) {
        if (value == null || field == null) {
            return value;
        }
        try {
            return switch (field.kind()) {
                case CODE -> label(field.messagePrefix(), value, locale);
                case TIME -> dateTime(Instant.parse(value), locale, zone);
                case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(LocalDate.parse(value));
                case NUMBER -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(value));
                case MONEY -> {
                    NumberFormat f = NumberFormat.getNumberInstance(locale);
                    f.setMinimumFractionDigits(2);
                    f.setMaximumFractionDigits(2);
                    yield f.format(new BigDecimal(value));
                }
                case BOOLEAN -> messages.getMessage("history.boolean." + value, null, value, locale);
                case ITEMS -> items(field, value, locale, zone);
                default -> value;
            };
        } catch (RuntimeException notCanonical) {
            return value;
        }
    }

    private String items(AuditFields.Field field, String value, Locale locale, ZoneId zone) {
        List<Map<String, String>> items = JSON.readValue(value, ITEMS);
        List<String> lines = new ArrayList<>();
        for (Map<String, String> item : items) {
            List<String> parts = new ArrayList<>();
            for (AuditFields.Part part : field.parts()) {
                String v = item.get(part.name());
                if (v == null || v.isEmpty()) {
                    continue;
                }
                parts.add(switch (part.kind()) {
                    case CODE -> label(part.messagePrefix(), v, locale);
                    case PHONE -> PhoneNumber.display(v);
                    case TIME -> dateTime(Instant.parse(v), locale, zone);
                    case FLAG -> messages.getMessage(part.messagePrefix() + ("true".equals(v) ? ".yes" : ".no"), null,
                            v, locale);
                    default -> v;
                });
            }
            lines.add(String.join(" · ", parts));
        }
        return String.join("; ", lines);
    }

    private String label(String prefix, String code, Locale locale) {
        return prefix == null ? code : messages.getMessage(prefix + "." + code, null, code, locale);
    }

    private static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }
}
