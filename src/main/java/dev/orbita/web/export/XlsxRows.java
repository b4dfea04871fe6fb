package dev.orbita.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows is in memory, the others go to a
 * compressed temporary file, and the file is sent when the last row is read — so a failure while reading
 * is still answered as an error, never as half a file. Cells are typed: numbers as numbers, dates and
 * times as dates with the spreadsheet's own locale-aware date formats, text as text (a text cell is never
 * evaluated, so no formula prefix is needed). The header row is bold and frozen; a sheet that reaches the
 * format's row limit is continued on a new sheet with the same header.
 */
final class XlsxRows implements RowWriter {

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 100;
    /** The longest text a cell may hold. */
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** The longest sheet name Excel accepts. */
    private static final int MAX_SHEET_NAME = 31;
    /** Data rows per sheet: the format's row limit less the header row. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final Target target;
    private final String sheetName;
    private final List<CellKind> kinds;
    private final int maxDataRows;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle headerStyle;
    private final Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);
    private List<String> labels;
    private SXSSFSheet sheet;
    private int sheets;
    private int rowIndex;

    XlsxRows(Target target, String sheetName, List<CellKind> kinds) {
        this(target, sheetName, kinds, MAX_DATA_ROWS);
    }

    XlsxRows(Target target, String sheetName, List<CellKind> kinds, int maxDataRows) {
        this.target = target;
        this.sheetName = sheetName;
        this.kinds = List.copyOf(kinds);
        this.maxDataRows = maxDataRows;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        styles.put(CellKind.AMOUNT, style(BuiltinFormats.getBuiltinFormat("#,##0.00")));
        styles.put(CellKind.DATE, style(BuiltinFormats.getBuiltinFormat("m/d/yy")));
        styles.put(CellKind.DATE_TIME, style(BuiltinFormats.getBuiltinFormat("m/d/yy h:mm")));
    }

    private CellStyle style(int builtinFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) builtinFormat);
        return style;
    }

    @Override
    public void header(List<String> labels) {
        this.labels = List.copyOf(labels);
        newSheet();
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheetName(sheetName, sheets));
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(text(labels.get(i)));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, 256 * Math.max(labels.get(i).length() + 2, width(kinds.get(i))));
        }
        sheet.createFreezePane(0, 1);
        rowIndex = 1;
    }

    /** The n-th sheet's name: the title made safe for a sheet name, then " (n)" from the second on. */
    static String sheetName(String title, int n) {
        String safe = WorkbookUtil.createSafeSheetName(title, '_');
        if (n == 1) {
            return safe;
        }
        String suffix = " (" + n + ")";
        return safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())).stripTrailing() + suffix;
    }

    private static int width(CellKind kind) {
        return switch (kind) {
            case TEXT -> 24;
            case NUMBER, AMOUNT -> 12;
            case DATE -> 12;
            case DATE_TIME -> 18;
        };
    }

    @Override
    public void row(List<Object> values) {
        if (rowIndex > maxDataRows) {
            newSheet();
        }
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            CellKind kind = kinds.get(i);
            switch (kind) {
                case TEXT -> cell.setCellValue(text(value.toString()));
                case NUMBER, AMOUNT -> cell.setCellValue(((BigDecimal) value).doubleValue());
                case DATE -> cell.setCellValue((LocalDate) value);
                case DATE_TIME -> cell.setCellValue((LocalDateTime) value);
            }
            CellStyle style = styles.get(kind);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String text(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    @Override
    public void endOfBatch() {
        // the rows beyond the window are already on disk; nothing goes to the client before finish()
    }

    @Override
    public void finish() throws IOException {
        OutputStream out = target.open();
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
