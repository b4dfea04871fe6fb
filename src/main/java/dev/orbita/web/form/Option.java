package dev.orbita.web.form;

/** One option of a select: the value sent and the text shown. */
public record Option(String value, String label) {
}
