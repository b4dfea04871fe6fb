package dev.orbita.platform;

import java.time.Instant;
import java.util.List;

/**
 * One change of a record as the History tab shows it to the reader: values already formatted in
 * their language and time zone, fields in the order of the record's form.
 */
public record HistoryEntry(String action, String actorName, Instant occurredAt, String occurredAtText,
        List<Row> fields) {

    /** One changed field: its label and the formatted values before and after ({@code null} for none). */
    public record Row(String field, String label, String before, String after) {
    }
}
