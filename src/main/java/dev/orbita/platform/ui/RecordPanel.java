package dev.orbita.platform.ui;

import java.util.Objects;
import java.util.UUID;

/**
 * A card on the Customer 360 page of a record type, filled by the module that owns it. The shell renders
 * the card and its heading with a loading skeleton; htmx fetches {@code urlTemplate} on load (with the
 * {@code HX-Request} header) and swaps in the answer. The endpoint answers the card's content below its
 * heading (a {@code .card-body}, a {@code .list-group-flush} or a {@code .table-responsive}), says honestly
 * when there is nothing yet, and applies the same visibility as the record page.
 *
 * @param recordType the record type code ({@code ACCOUNT})
 * @param key unique per record type ({@code deals})
 * @param labelKey message key of the card's heading
 * @param order position on the page, smaller first
 * @param urlTemplate the fragment's address with {@code {id}} for the record id ({@code /accounts/{id}/panels/deals})
 */
public record RecordPanel(String recordType, String key, String labelKey, int order, String urlTemplate) {

    public RecordPanel {
        Objects.requireNonNull(recordType, "recordType");
        UiKeys.key(key, "panel key");
        Objects.requireNonNull(labelKey, "labelKey");
        UiKeys.template(urlTemplate, "panel urlTemplate");
    }

    public String url(UUID id) {
        return UiKeys.expand(urlTemplate, id);
    }
}
