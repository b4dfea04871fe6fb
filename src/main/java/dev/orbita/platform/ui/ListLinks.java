package dev.orbita.platform.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the filter, sort, paging and export links of a list page, keeping the other parameters. The
 * shell's list fragments ({@code shell/list :: paging}) read it from the model attribute {@code links};
 * a list whose page answers {@code <path>/export?format=csv|xlsx} says so with {@link #exporting()}, and
 * its paging footer then offers the export of the current filters and sort.
 */
public class ListLinks {

    private final String path;
    private final Map<String, String> params;
    private final String sortField;
    private final boolean ascending;
    private final boolean exportable;
    private final String exportColumns;

    /**
     * @param path the list page ({@code /accounts})
     * @param params the current filter values by parameter name; blank ones are left out of the links
     * @param sortField the field the list is sorted by
     * @param ascending its direction
     */
    public ListLinks(String path, Map<String, String> params, String sortField, boolean ascending) {
        this(path, params, sortField, ascending, false);
    }

    private ListLinks(String path, Map<String, String> params, String sortField, boolean ascending,
            boolean exportable) {
        this(path, params, sortField, ascending, exportable, null);
    }

    private ListLinks(String path, Map<String, String> params, String sortField, boolean ascending,
            boolean exportable, String exportColumns) {
        this.path = path;
        this.params = new LinkedHashMap<>(params);
        this.sortField = sortField;
        this.ascending = ascending;
        this.exportable = exportable;
        this.exportColumns = exportColumns;
    }

    /**
     * The same links, and the export holds these columns (keys, comma-separated, in order): the columns the
     * reader chose; null for the list's defaults.
     */
    public ListLinks exportingColumns(String columns) {
        return new ListLinks(path, params, sortField, ascending, exportable, columns);
    }

    /**
     * The same links keeping these parameters too (the open view, the columns named in the address),
     * blank ones left out.
     */
    public ListLinks keeping(Map<String, String> more) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.putAll(more);
        return new ListLinks(path, p, sortField, ascending, exportable, exportColumns);
    }

    /** The list page itself with the current filters, sort and view, on its first page. */
    public String current() {
        return link(path, params);
    }

    /** The list page itself without any parameter (its plain list). */
    public String plain() {
        return path;
    }

    /** The value of a current parameter, or null. */
    public String param(String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The first page. */
    public String first() {
        return link(path, params);
    }

    /** The next page after {@code result}: keyset, with the page's number for its "21–40" line. */
    public String next(dev.orbita.web.PageResponse<?> result) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (result.page() >= 0) {
            p.put("page", String.valueOf(result.page() + 1));
        }
        p.put("after", result.next());
        return link(path, p);
    }

    /**
     * The page before {@code result}: keyset backwards from its first row (the reversed query), the first
     * page when it is the second, the offset page when there is no cursor.
     */
    public String previous(dev.orbita.web.PageResponse<?> result) {
        if (result.page() == 1 || result.previous() == null && result.page() > 0) {
            return result.page() == 1 ? first() : page(result.page() - 1);
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        if (result.page() > 0) {
            p.put("page", String.valueOf(result.page() - 1));
        }
        p.put("before", result.previous());
        return link(path, p);
    }

    /** The last page, read by the reversed query. */
    public String last() {
        return with("last", "true", true);
    }

    /** The same list with another page size, on its first page. */
    public String size(int size) {
        return with("size", String.valueOf(size), true);
    }

    /** The current value of every parameter but sort, size, the view and the columns: a view's filters. */
    public Map<String, String> filters() {
        Map<String, String> p = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !java.util.Set.of("sort", "size", "view", "columns", "page").contains(k)) {
                p.put(k, v);
            }
        });
        return p;
    }

    /** {@link #filters()} as a query string, for the "save as a view" form. */
    public String filtersQuery() {
        StringBuilder b = new StringBuilder();
        filters().forEach((k, v) -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    /** The same links, and the list's page exports its whole result at {@code <path>/export}. */
    public ListLinks exporting() {
        return new ListLinks(path, params, sortField, ascending, true, exportColumns);
    }

    public boolean exportable() {
        return exportable;
    }

    /**
     * The export of the list's whole result with the current filters and sort ({@code csv} or
     * {@code xlsx}): the page's parameters without page and size.
     */
    public String export(String format) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        p.remove("size");
        p.remove("view");
        p.remove("columns");
        p.put("columns", exportColumns);
        p.put("format", format);
        return link(path + "/export", p);
    }

    /** The sort as {@code field,asc|desc}. */
    public String sortParam() {
        return sortField + "," + (ascending ? "asc" : "desc");
    }

    /** The link that sorts by field: ascending first (descending for dates), toggled when already sorted by it. */
    public String sort(String field) {
        boolean asc = field.equals(sortField) ? !ascending : "name".equals(field);
        return with("sort", field + "," + (asc ? "asc" : "desc"), true);
    }

    /** "ascending", "descending" or "none", for aria-sort. */
    public String ariaSort(String field) {
        return field.equals(sortField) ? (ascending ? "ascending" : "descending") : "none";
    }

    public boolean sortedBy(String field) {
        return field.equals(sortField);
    }

    public boolean ascending() {
        return ascending;
    }

    public String page(int page) {
        return with("page", String.valueOf(page), false);
    }

    private String with(String key, String value, boolean resetPage) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (resetPage) {
            p.remove("page");
        }
        p.put(key, value);
        return link(path, p);
    }

    private static String link(String path, Map<String, String> p) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        p.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }
}
