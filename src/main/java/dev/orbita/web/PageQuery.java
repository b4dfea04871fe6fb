package dev.orbita.web;

import dev.orbita.shared.ValidationException;
import dev.orbita.shared.check.RequestChecks;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Validated paging and sorting of a collection request. {@code sort} is {@code field,asc|desc} with
 * the field taken from the resource's allowed list; {@code after} is an opaque keyset cursor.
 *
 * @param counted whether the page also counts the rows of the whole list ({@code total}); only the
 *        batches of a whole-list read ({@link #batch}) are not counted
 * @param before keyset paging backwards: the page ends just before this cursor's row (the
 *        {@code previous} of the page after it); read by the list's reversed query
 * @param last the list's last page, read by the reversed query from the end (ADR 022)
 * @param only the rows to keep, by id (an export of chosen rows), or null for every row of the list; applied
 *        by {@code KeysetList.fetch} as one more condition, so visibility and filters still hold
 */
public record PageQuery(int page, int size, String sortField, boolean ascending, Cursor after, boolean counted,
        Cursor before, boolean last, List<UUID> only) {

    public PageQuery {
        only = only == null ? null : List.copyOf(only);
    }

    public PageQuery(int page, int size, String sortField, boolean ascending, Cursor after, boolean counted,
            Cursor before, boolean last) {
        this(page, size, sortField, ascending, after, counted, before, last, null);
    }

    /** This query limited to the rows with these ids (at most a few thousand: they travel as parameters). */
    public PageQuery restrictedTo(java.util.Collection<UUID> ids) {
        return new PageQuery(page, size, sortField, ascending, after, counted, before, last, List.copyOf(ids));
    }

    /** A page as a collection request asks for it: counted. */
    public PageQuery(int page, int size, String sortField, boolean ascending, Cursor after) {
        this(page, size, sortField, ascending, after, true);
    }

    public PageQuery(int page, int size, String sortField, boolean ascending, Cursor after, boolean counted) {
        this(page, size, sortField, ascending, after, counted, null, false);
    }

    /**
     * This page read backwards: the {@code page}-th page, the rows just before the {@code previous} cursor
     * of the page after it (a 400 naming {@code before} for a cursor this class did not write), or the last
     * page when {@code last}. Both take the list's reversed query; {@code after} is dropped.
     */
    public PageQuery backwards(String beforeToken, boolean lastPage) {
        Cursor cursor = null;
        if (!lastPage && beforeToken != null && !beforeToken.isBlank()) {
            try {
                cursor = Cursor.decode(beforeToken);
            } catch (ValidationException e) {
                throw ValidationException.of("before", "validation.cursor");
            }
        }
        if (!lastPage && cursor == null) {
            return this;
        }
        return new PageQuery(page, size, sortField, ascending, null, counted, cursor, lastPage, only);
    }

    /** Whether the rows are read by the reversed query (a page before a cursor, or the last page). */
    public boolean reversed() {
        return before != null || last;
    }

    public static final int MAX_SIZE = 200;
    public static final int EXACT_COUNT_LIMIT = 10_000;

    /** Position after which the next page starts: the sort value and id of the last row shown. */
    public record Cursor(String sortValue, UUID id) {

        public String encode() {
            String raw = (sortValue == null ? "" : sortValue) + "\u0000" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * The cursor of a {@code next} link, or a 400 naming {@code after} for anything this class did
         * not encode: not base64, not UTF-8, no separator, more than one, or no UUID after it.
         */
        static Cursor decode(String token) {
            try {
                String raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.strip()))).toString();
                int sep = raw.indexOf('\u0000');
                if (sep < 0 || sep != raw.lastIndexOf('\u0000') || !RequestChecks.storable(raw.substring(0, sep))) {
                    throw ValidationException.of("after", "validation.cursor");
                }
                return new Cursor(raw.substring(0, sep), UUID.fromString(raw.substring(sep + 1)));
            } catch (RuntimeException | CharacterCodingException e) {
                throw ValidationException.of("after", "validation.cursor");
            }
        }
    }

    /**
     * @param allowed sort field names accepted for this resource, mapped to what the query uses
     */
    public static PageQuery of(Integer page, Integer size, String sort, String after, Map<String, String> allowed,
            String defaultSort) {
        var errors = new ValidationException.Collector();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            errors.add("page", "validation.min", 0);
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add("size", "validation.range", 1, MAX_SIZE);
        }
        String field = defaultSort;
        boolean asc = true;
        if (sort != null && !sort.isBlank()) {
            List<String> parts = List.of(sort.split(",", -1));
            field = parts.get(0).trim();
            if (!allowed.containsKey(field)) {
                errors.add("sort", "validation.sort", String.join(", ", allowed.keySet()));
            }
            if (parts.size() > 1) {
                String dir = parts.get(1).trim().toLowerCase();
                if (dir.equals("desc")) {
                    asc = false;
                } else if (!dir.equals("asc")) {
                    errors.add("sort", "validation.sortDirection");
                }
            }
            if (parts.size() > 2) {
                errors.add("sort", "validation.sortDirection");
            }
        }
        Cursor cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = Cursor.decode(after);
            } catch (ValidationException e) {
                errors.add("after", "validation.cursor");
            }
        }
        errors.throwIfAny();
        return new PageQuery(p, s, field, asc, cursor);
    }

    public long offset() {
        return after != null || reversed() ? 0 : (long) page * size;
    }

    /**
     * A batch of a read of the whole list in this page's order (an export): {@code size} rows after the
     * {@code next} cursor of the previous batch ({@code null} for the first), not limited to
     * {@link #MAX_SIZE} and not counted, so that reading n rows costs n / size pages and no count.
     */
    public PageQuery batch(int size, String next) {
        return new PageQuery(0, size, sortField, ascending, next == null ? null : Cursor.decode(next), false, null,
                false, only);
    }

    public String sortParam() {
        return sortField + "," + (ascending ? "asc" : "desc");
    }
}
