package dev.orbita.web.export;

/** How a written cell is typed: what the CSV and XLSX writers need to know of a value. */
enum CellKind {
    /** A String. */
    TEXT,
    /** A BigDecimal. */
    NUMBER,
    /** A BigDecimal amount of money, shown with two decimals. */
    AMOUNT,
    /** A LocalDate. */
    DATE,
    /** A LocalDateTime in the reader's time zone, to the second. */
    DATE_TIME
}
