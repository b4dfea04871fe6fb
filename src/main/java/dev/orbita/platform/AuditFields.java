package dev.orbita.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audited fields of a record type, in the order its form shows them, each with how its value is
 * written into the audit trail and shown back in the History tab: the kernel takes snapshots from
 * this declaration (never hand-written per entity) and formats history values in the reader's
 * language and time zone from it. Declared once, next to the entity, and handed to its
 * {@link RecordType}.
 *
 * <p>Values are stored in a canonical form: codes as the enum constant, times as ISO-8601 instants,
 * numbers plain, references as the referenced record's name at the time, and lists of structured
 * items (phones, e-mails, addresses, consents…) as a JSON array of objects, one per item.
 */
public final class AuditFields<T> {

    /** How a field's value is stored and shown. */
    public enum Kind {
        TEXT, CODE, NAME, REFERENCE, TIME, DATE, NUMBER, MONEY, BOOLEAN, TAGS, ITEMS, JSON
    }

    /** How one part of a structured item is shown. */
    public enum PartKind {
        TEXT, CODE, PHONE, TIME, FLAG
    }

    /** One part of a structured item: its name, kind and, for codes and flags, the message prefix. */
    public record Part(String name, PartKind kind, String messagePrefix) {
    }

    /**
     * One audited field: its name (also the message key {@code field.NAME} of its label), kind, the
     * message prefix of its codes (e.g. {@code enum.LifecycleStage}) or the record type a reference
     * points at, and the parts of its items.
     */
    public record Field(String name, Kind kind, String messagePrefix, List<Part> parts) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Extractor<T>(Field field, Function<T, Object> value) {
    }

    private final Class<T> type;
    private final List<Extractor<T>> extractors;
    private final Function<T, String> title;

    private AuditFields(Class<T> type, List<Extractor<T>> extractors, Function<T, String> title) {
        this.type = type;
        this.extractors = List.copyOf(extractors);
        this.title = title;
    }

    public static <T> Builder<T> of(Class<T> type) {
        return new Builder<>(type);
    }

    public List<Field> fields() {
        return extractors.stream().map(Extractor::field).toList();
    }

    public Optional<Field> field(String name) {
        return extractors.stream().map(Extractor::field).filter(f -> f.name().equals(name)).findFirst();
    }

    /** The position of a field in the form (unknown fields last). */
    public int position(String name) {
        for (int i = 0; i < extractors.size(); i++) {
            if (extractors.get(i).field().name().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The record's name as shown in lists of changes ("recently changed", notifications). */
    public String title(Object record) {
        return title == null ? null : title.apply(type.cast(record));
    }

    /**
     * The record as field → canonical text.
     *
     * @param names display names of the ids the record points at (owner, team, referenced records)
     */
    public Map<String, String> snapshot(Object record, Map<UUID, String> names) {
        T r = type.cast(record);
        Map<String, String> s = new LinkedHashMap<>();
        for (Extractor<T> e : extractors) {
            s.put(e.field().name(), canonical(e.field(), e.value().apply(r), names));
        }
        return s;
    }

    private static String canonical(Field field, Object value, Map<UUID, String> names) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case NAME -> value instanceof UUID id ? names.getOrDefault(id, id.toString()) : value.toString();
            case CODE -> value instanceof Enum<?> e ? e.name() : value.toString();
            case NUMBER, MONEY -> value instanceof BigDecimal b ? b.toPlainString() : value.toString();
            case TAGS -> String.join(", ", ((Collection<?>) value).stream().map(String::valueOf).toList());
            case ITEMS -> items(field, (Collection<?>) value);
            default -> value.toString();
        };
    }

    @SuppressWarnings("unchecked")
    private static String items(Field field, Collection<?> items) {
        if (items.isEmpty()) {
            return null;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object item : items) {
            rows.add((Map<String, String>) item);
        }
        return JSON.writeValueAsString(rows);
    }

    /** Declares fields in form order. */
    public static final class Builder<T> {
        private final Class<T> type;
        private final List<Extractor<T>> extractors = new ArrayList<>();
        private Function<T, String> title;

        private Builder(Class<T> type) {
            this.type = type;
        }

        private Builder<T> add(String name, Kind kind, String prefix, List<Part> parts, Function<T, Object> value) {
            extractors.add(new Extractor<>(new Field(name, kind, prefix, parts), value));
            return this;
        }

        public Builder<T> title(Function<T, String> title) {
            this.title = title;
            return this;
        }

        public Builder<T> text(String name, Function<T, ?> value) {
            return add(name, Kind.TEXT, null, List.of(), value::apply);
        }

        /** An enum; shown with the label {@code enum.ENUMNAME.CODE}. */
        public <E extends Enum<E>> Builder<T> code(String name, Class<E> enumType, Function<T, E> value) {
            return add(name, Kind.CODE, "enum." + enumType.getSimpleName(), List.of(), value::apply);
        }

        /** An id shown by name: the owner, the team, a parent or related record. */
        public Builder<T> name(String name, Function<T, UUID> value) {
            return add(name, Kind.NAME, null, List.of(), value::apply);
        }

        public Builder<T> time(String name, Function<T, Instant> value) {
            return add(name, Kind.TIME, null, List.of(), value::apply);
        }

        public Builder<T> date(String name, Function<T, LocalDate> value) {
            return add(name, Kind.DATE, null, List.of(), value::apply);
        }

        public Builder<T> number(String name, Function<T, ? extends Number> value) {
            return add(name, Kind.NUMBER, null, List.of(), value::apply);
        }

        public Builder<T> money(String name, Function<T, BigDecimal> value) {
            return add(name, Kind.MONEY, null, List.of(), value::apply);
        }

        public Builder<T> bool(String name, Function<T, Boolean> value) {
            return add(name, Kind.BOOLEAN, null, List.of(), value::apply);
        }

        public Builder<T> tags(String name, Function<T, ? extends Collection<String>> value) {
            return add(name, Kind.TAGS, null, List.of(), value::apply);
        }

        public Builder<T> json(String name, Function<T, String> value) {
            return add(name, Kind.JSON, null, List.of(), value::apply);
        }

        /** A list of structured items, each item made of parts (see {@link Items}). */
        public <E> Builder<T> items(String name, Function<T, ? extends Collection<E>> value, Items<E> parts) {
            return add(name, Kind.ITEMS, null, parts.parts(), r -> {
                Collection<E> items = value.apply(r);
                return items == null ? null : items.stream().map(parts::values).toList();
            });
        }

        /**
         * A link to another record, stored as its id and shown by the name the reader may see
         * ({@link RecordLabels}): never the name of a record hidden from the reader.
         */
        public Builder<T> reference(String name, String recordType, Function<T, UUID> value) {
            return add(name, Kind.REFERENCE, recordType, List.of(), value::apply);
        }

        /** The owner and team of an owned record, by name. */
        public Builder<T> ownerAndTeam(Function<T, UUID> owner, Function<T, UUID> team) {
            return name("ownerId", owner).name("teamId", team);
        }

        public AuditFields<T> build() {
            return new AuditFields<>(type, extractors, title);
        }
    }

    /** The parts of a structured item, in the order they are shown. */
    public static final class Items<E> {
        private final List<Part> parts = new ArrayList<>();
        private final List<Function<E, Object>> values = new ArrayList<>();

        public static <E> Items<E> of(Class<E> itemType) {
            return new Items<>();
        }

        private Items<E> add(String name, PartKind kind, String prefix, Function<E, Object> value) {
            parts.add(new Part(name, kind, prefix));
            values.add(value);
            return this;
        }

        public <C extends Enum<C>> Items<E> code(String name, Class<C> enumType, Function<E, C> value) {
            return add(name, PartKind.CODE, "enum." + enumType.getSimpleName(), value::apply);
        }

        public Items<E> text(String name, Function<E, ?> value) {
            return add(name, PartKind.TEXT, null, value::apply);
        }

        /** An E.164 number, shown formatted. */
        public Items<E> phone(String name, Function<E, String> value) {
            return add(name, PartKind.PHONE, null, value::apply);
        }

        public Items<E> time(String name, Function<E, Instant> value) {
            return add(name, PartKind.TIME, null, value::apply);
        }

        /** A yes/no shown as the message {@code PREFIX.yes} or {@code PREFIX.no}. */
        public Items<E> flag(String name, String messagePrefix, Function<E, Boolean> value) {
            return add(name, PartKind.FLAG, messagePrefix, value::apply);
        }

        List<Part> parts() {
            return List.copyOf(parts);
        }

        Map<String, String> values(E item) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                Object v = values.get(i).apply(item);
                map.put(parts.get(i).name(), v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString());
            }
            return map;
        }
    }
}
