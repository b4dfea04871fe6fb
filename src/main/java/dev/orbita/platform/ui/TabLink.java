package dev.orbita.platform.ui;

/**
 * A record tab resolved for one record.
 *
 * @param key the tab key
 * @param labelKey message key of its title
 * @param url the fragment htmx loads into the tab panel
 * @param href the record page with this tab open ({@code /accounts/42?tab=contacts}): bookmarks, new tabs, no script
 */
public record TabLink(String key, String labelKey, String url, String href) {
}
