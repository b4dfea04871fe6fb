package dev.orbita.web.list;

/** What a list column holds, which decides how a list, an export or a column chooser shows it. */
public enum ColumnType {
    /** Free text (names, e-mails, formatted phones and tax ids). */
    TEXT,
    /** An integer or a decimal. */
    NUMBER,
    /** A {@link dev.orbita.shared.Money}: an amount and its currency. */
    MONEY,
    /** A calendar date ({@link java.time.LocalDate}). */
    DATE,
    /** A point in time ({@link java.time.Instant}), shown in the reader's time zone. */
    TIME,
    /** An enum value, shown by its localized label {@code <messagePrefix>.<NAME>}. */
    ENUM,
    /** A collection of tags. */
    TAGS
}
