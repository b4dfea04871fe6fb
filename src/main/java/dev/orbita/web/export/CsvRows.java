package dev.orbita.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as spreadsheets open it: UTF-8 with a byte order mark (Excel reads UTF-8 only with one), CRLF line
 * ends, a header row, and the separator of the reader's language ({@code ;} where the decimal separator is
 * a comma, as in pt-BR and pt-PT, {@code ,} otherwise). Numbers are written with the language's decimal
 * separator and no grouping, dates as {@code yyyy-MM-dd} and times as {@code yyyy-MM-dd HH:mm:ss}, which
 * spreadsheets in any language read as dates. Rows go to the client batch by batch.
 *
 * <p>Text that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is prefixed with {@code '}, as OWASP recommends against CSV injection: a record's name or
 * e-mail is typed by whoever created it, and must never run in the reader's spreadsheet.
 */
final class CsvRows implements RowWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Target target;
    private final List<CellKind> kinds;
    private final char delimiter;
    private final char decimalSeparator;
    private CSVPrinter printer;

    CsvRows(Target target, List<CellKind> kinds, Locale locale) {
        this.target = target;
        this.kinds = List.copyOf(kinds);
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        this.delimiter = delimiter(locale);
    }

    /** {@code ;} where numbers are written with a decimal comma, {@code ,} otherwise. */
    static char delimiter(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    @Override
    public void header(List<String> labels) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(target.open(), StandardCharsets.UTF_8), 16 * 1024);
        writer.write('\uFEFF');
        printer = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get().print(writer);
        List<String> cells = new ArrayList<>(labels.size());
        for (String label : labels) {
            cells.add(neutralized(label));
        }
        printer.printRecord(cells);
    }

    @Override
    public void row(List<Object> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            cells.add(cell(kinds.get(i), values.get(i)));
        }
        printer.printRecord(cells);
    }

    private String cell(CellKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> neutralized(value.toString());
            case NUMBER, AMOUNT -> ((BigDecimal) value).toPlainString().replace('.', decimalSeparator);
            case DATE -> ((LocalDate) value).toString();
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
        };
    }

    /** The text with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String neutralized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    @Override
    public void endOfBatch() throws IOException {
        printer.flush();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /**
     * Leaves the answer's stream open: the container ends the answer once the request is done, and an
     * export that failed half-way must not be ended like a complete file (see {@link ListExport}).
     */
    @Override
    public void close() {
    }
}
