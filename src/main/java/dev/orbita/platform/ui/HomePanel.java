package dev.orbita.platform.ui;

/**
 * A panel of the home page contributed by a module as a bean: an htmx slot that loads
 * {@code url} (a fragment of the owning module) when the page opens, under the heading
 * {@code labelKey}, ordered by {@code order}.
 */
public record HomePanel(String key, String labelKey, String url, int order) {
}
