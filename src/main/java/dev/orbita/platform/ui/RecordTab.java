package dev.orbita.platform.ui;

import java.util.Objects;
import java.util.UUID;

/**
 * A tab on the record page of a record type, loaded with htmx from the module that owns it. The shell
 * renders the tab strip; a click fetches {@code urlTemplate} (with the {@code HX-Request} header) into the
 * tab panel and puts {@code ?tab=key} in the address, so the tab can be bookmarked. The endpoint answers
 * the panel's content only (no card, no heading) and applies the same visibility as the record page.
 *
 * @param recordType the record type code ({@code ACCOUNT})
 * @param key unique per record type; the value of {@code ?tab=}
 * @param labelKey message key of the tab's title
 * @param order position in the strip, smaller first (the kernel's History tab is at {@link #HISTORY_ORDER})
 * @param urlTemplate the fragment's address with {@code {id}} for the record id ({@code /accounts/{id}/tab/contacts})
 */
public record RecordTab(String recordType, String key, String labelKey, int order, String urlTemplate) {

    /** Where the kernel puts the History tab of audited record types: after the module's own tabs. */
    public static final int HISTORY_ORDER = 1000;

    public RecordTab {
        Objects.requireNonNull(recordType, "recordType");
        UiKeys.key(key, "tab key");
        Objects.requireNonNull(labelKey, "labelKey");
        UiKeys.template(urlTemplate, "tab urlTemplate");
    }

    public String url(UUID id) {
        return UiKeys.expand(urlTemplate, id);
    }
}
