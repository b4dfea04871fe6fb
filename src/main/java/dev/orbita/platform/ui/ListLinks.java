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
        this.path = path;
        this.params = new LinkedHashMap<>(params);
        this.sortField = sortField;
        this.ascending = ascending;
        this.exportable = exportable;
    }

    /** The same links, and the list's page exports its whole result at {@code <path>/export}. */
    public ListLinks exporting() {
        return new ListLinks(path, params, sortField, ascending, true);
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
        p.put("format", format);
        return link(path + "/export", p);
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
