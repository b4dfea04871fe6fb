package dev.orbita.platform.ui;

/**
 * A record panel resolved for one record: the card's heading and the fragment htmx loads into it.
 */
public record PanelSlot(String key, String labelKey, String url) {
}
