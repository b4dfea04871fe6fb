package dev.orbita.customers.web;

import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageQuery;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers of the customer controllers. */
final class WebSupport {

    private WebSupport() {
    }

    /** Parses an optional query value; a bad one becomes null and sets the warning flag. */
    static <T> T parse(String raw, Function<String, T> parser, boolean[] bad) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (RuntimeException e) {
            bad[0] = true;
            return null;
        }
    }

    static <E extends Enum<E>> E parseEnum(String raw, Class<E> type, boolean[] bad) {
        return parse(raw, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)), bad);
    }

    static UUID parseUuid(String raw, boolean[] bad) {
        return parse(raw, UUID::fromString, bad);
    }

    static Integer parseInt(String raw, boolean[] bad) {
        return parse(raw, Integer::valueOf, bad);
    }

    /** A list's paging of one record type ({@code AccountQueries::page}). */
    interface Paging {
        PageQuery page(Integer page, Integer size, String sort, String after);
    }

    /** The quick filter as typed, stripped and cut at 200 characters; null when absent. */
    static String listQuery(String q) {
        String query = q == null ? null : q.strip();
        return query != null && query.length() > 200 ? query.substring(0, 200) : query;
    }

    /** The first page in the given size and sort; the default page, with the warning flag set, when they are bad. */
    static PageQuery firstPage(Paging paging, String page, String size, String sort, boolean[] bad) {
        Integer p = parseInt(page, bad);
        Integer s = parseInt(size, bad);
        try {
            return paging.page(p, s, sort, null);
        } catch (ValidationException e) {
            bad[0] = true;
            return paging.page(null, null, null, null);
        }
    }

    /**
     * {@code first} moved by the address's keyset paging ({@code after}, {@code before}, {@code last=true});
     * {@code first} itself, with the warning flag set, when a cursor is bad.
     */
    static PageQuery keyed(Paging paging, PageQuery first, String after, String before, String last, boolean[] bad) {
        try {
            return paging.page(first.page(), first.size(), first.sortParam(), after)
                    .backwards(before, "true".equals(last));
        } catch (ValidationException e) {
            bad[0] = true;
            return first;
        }
    }
}
