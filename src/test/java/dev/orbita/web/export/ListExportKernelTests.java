package dev.orbita.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.orbita.shared.Money;
import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import dev.orbita.web.list.ListColumn;
import dev.orbita.web.list.ListColumns;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/** The export kernel on its own: cells per column type, the two writers, file names, formats, interruption. */
class ListExportKernelTests {

    record Deal(String name, BigDecimal count, Money value, LocalDate closes, Instant changed, Stage stage,
            List<String> tags) {
    }

    enum Stage { WON, LOST }

    static final ListColumns<Deal> COLUMNS = ListColumns.<Deal>builder()
            .text("name", "deal.name", Deal::name)
            .number("count", "deal.count", Deal::count)
            .money("value", "deal.value", Deal::value)
            .date("closes", "deal.closes", Deal::closes)
            .time("changed", "deal.changed", Deal::changed).optional()
            .enumLabel("stage", "deal.stage", "enum.Stage", Deal::stage)
            .tags("tags", "deal.tags", Deal::tags)
            .build();

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final Deal DEAL = new Deal("=1+1", new BigDecimal("-12.5"), new Money(new BigDecimal("1234.5"), "EUR"),
            LocalDate.of(2026, 12, 1), Instant.parse("2026-07-01T10:15:30.123Z"), Stage.WON, List.of("vip", "sul"));

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"))) {
            boolean pt = !locale.equals(Locale.ENGLISH);
            messages.addMessage("deal.name", locale, pt ? "Nome" : "Name");
            messages.addMessage("deal.count", locale, pt ? "Quantidade" : "Count");
            messages.addMessage("deal.value", locale, pt ? "Valor" : "Value");
            messages.addMessage("deal.closes", locale, pt ? "Fecha em" : "Closes");
            messages.addMessage("deal.changed", locale, pt ? "Alterado" : "Changed");
            messages.addMessage("deal.stage", locale, pt ? "Fase" : "Stage");
            messages.addMessage("deal.tags", locale, "Tags");
            messages.addMessage("enum.Stage.WON", locale, pt ? "Ganho" : "Won");
            messages.addMessage("export.currency", locale, pt ? "{0} (moeda)" : "{0} (currency)");
            messages.addMessage("record.DEAL.plural", locale, pt ? "Negociações" : "Deals");
        }
        return messages;
    }

    // ------------------------------------------------------------------ columns

    @Test
    void columnsPickInTheOrderAskedAndRefuseWhatTheListHasNot() {
        assertThat(COLUMNS.defaults()).extracting(ListColumn::key)
                .containsExactly("name", "count", "value", "closes", "stage", "tags");
        assertThat(COLUMNS.pick(null)).isEqualTo(COLUMNS.defaults());
        assertThat(COLUMNS.pick(" changed , name")).extracting(ListColumn::key).containsExactly("changed", "name");
        for (String bad : List.of("name,nope", "name,name", "name,")) {
            assertThatThrownBy(() -> COLUMNS.pick(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations().get(0).field()).isEqualTo("columns"));
        }
        assertThatThrownBy(() -> ListColumns.<Deal>builder().text("a", "x", Deal::name).text("a", "y", Deal::name)
                .build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layoutLocalizesLabelsAndValuesAndSplitsMoneyIntoAmountAndCurrency() {
        ExportLayout<Deal> layout = ExportLayout.of(COLUMNS.all(), messages(), Locale.forLanguageTag("pt-BR"), LISBON);
        assertThat(layout.labels()).containsExactly("Nome", "Quantidade", "Valor", "Valor (moeda)", "Fecha em",
                "Alterado", "Fase", "Tags");
        assertThat(layout.values(DEAL)).containsExactly("=1+1", new BigDecimal("-12.5"), new BigDecimal("1234.5"),
                "EUR", LocalDate.of(2026, 12, 1), LocalDateTime.of(2026, 7, 1, 11, 15, 30), "Ganho", "vip, sul");
        assertThat(layout.values(new Deal(null, null, null, null, null, null, List.of()))).containsOnlyNulls();
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvNeutralizesEveryFormulaStartButLeavesNumbersAlone() throws IOException {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(CsvRows.neutralized(start + "cmd")).isEqualTo("'" + start + "cmd");
        }
        assertThat(CsvRows.neutralized("Ana")).isEqualTo("Ana");
        assertThat(CsvRows.neutralized("")).isEmpty();

        List<CSVRecord> rows = csv(Locale.forLanguageTag("pt-BR"), ';');
        assertThat(rows.get(1).toList()).containsExactly("'=1+1", "-12,5", "1234,5", "EUR", "2026-12-01",
                "2026-07-01 11:15:30", "Ganho", "vip, sul");
        assertThat(csv(Locale.ENGLISH, ',').get(1).toList()).startsWith("'=1+1", "-12.5", "1234.5");
    }

    private static List<CSVRecord> csv(Locale locale, char delimiter) throws IOException {
        ExportLayout<Deal> layout = ExportLayout.of(COLUMNS.all(), messages(), locale, LISBON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRows rows = new CsvRows(() -> out, layout.kinds(), locale)) {
            rows.header(layout.labels());
            rows.row(layout.values(DEAL));
            rows.finish();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).get()
                .parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    void xlsxTypesItsCellsAndContinuesOnANewSheetAtTheRowLimit() throws IOException {
        ExportLayout<Deal> layout = ExportLayout.of(COLUMNS.all(), messages(), Locale.ENGLISH, LISBON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRows rows = new XlsxRows(() -> out, "Deals: [all]", layout.kinds(), 3)) {
            rows.header(layout.labels());
            for (int i = 0; i < 7; i++) {
                rows.row(layout.values(DEAL));
            }
            rows.finish();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("Deals_ _all_");
            assertThat(book.getSheetName(1)).isEqualTo("Deals_ _all_ (2)");
            assertThat(XlsxRows.sheetName("A record type with a very long plural label", 12))
                    .isEqualTo("A record type with a very (12)").hasSizeLessThanOrEqualTo(31);
            int rows = 0;
            for (Sheet sheet : book) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                rows += sheet.getLastRowNum();
            }
            assertThat(rows).isEqualTo(7);
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("EUR");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 1, 11, 15, 30));
        }
    }

    // ------------------------------------------------------------------ names and formats

    @Test
    void fileNameHasAnAsciiFallbackAndTheUtf8Name() {
        assertThat(ExportFileName.attachment("Negociações em aberto", LocalDate.of(2026, 12, 1), "csv"))
                .isEqualTo("attachment; filename=\"negociacoes-em-aberto-2026-12-01.csv\"; "
                        + "filename*=UTF-8''negocia%C3%A7%C3%B5es-em-aberto-2026-12-01.csv");
        assertThat(ExportFileName.attachment("\"; x=", LocalDate.of(2026, 12, 1), "xlsx"))
                .isEqualTo("attachment; filename=\"x-2026-12-01.xlsx\"; filename*=UTF-8''x-2026-12-01.xlsx");
        assertThat(ExportFileName.attachment(" ; ", LocalDate.of(2026, 12, 1), "csv"))
                .isEqualTo("attachment; filename=\"export-2026-12-01.csv\"; filename*=UTF-8''export-2026-12-01.csv");
    }

    @Test
    void formatsByAcceptAndByName() {
        assertThat(ExportFormat.ofAccept("text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.ofAccept("text/csv;charset=UTF-8")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.ofAccept(ExportFormat.XLSX_VALUE)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.ofAccept("text/csv;q=0.5, " + ExportFormat.XLSX_VALUE)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.ofAccept("text/*")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.ofName("XLSX")).isEqualTo(ExportFormat.XLSX);
        assertThatThrownBy(() -> ExportFormat.ofName("pdf")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ExportFormat.ofName(null)).isInstanceOf(ValidationException.class);
    }

    // ------------------------------------------------------------------ batches and interruption

    /** A list of n deals read in pages, failing at the page {@code failAt} (0 for never). */
    static final class Deals {
        final int n;
        final int failAt;
        final AtomicInteger reads = new AtomicInteger();

        Deals(int n, int failAt) {
            this.n = n;
            this.failAt = failAt;
        }

        PageResponse<Deal> page(PageQuery page) {
            int read = reads.incrementAndGet();
            assertThat(page.counted()).as("an export never counts").isFalse();
            if (read == failAt) {
                throw new IllegalStateException("database gone");
            }
            int from = page.after() == null ? 0 : Integer.parseInt(page.after().sortValue());
            List<Deal> items = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + page.size()); i++) {
                items.add(new Deal("deal " + i, null, null, null, null, null, List.of()));
            }
            String next = from + page.size() < n ? new PageQuery.Cursor(String.valueOf(from + page.size()),
                    UUID.randomUUID()).encode() : null;
            return new PageResponse<>(items, 0, page.size(), -1, false, next);
        }
    }

    @Controller
    static class DealsController {
        final ListExport exports = new ListExport(messages(), zone(), 10);
        Deals deals;

        @GetMapping("/deals")
        void export(HttpServletResponse response) throws IOException {
            exports.write(ExportFormat.CSV, new ExportRequest<>("record.DEAL.plural", COLUMNS.pick("name"),
                    new PageQuery(0, 20, "name", true, null), deals::page), response);
        }

        private static ObjectProvider<dev.orbita.web.ReaderZone> zone() {
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("zone", (dev.orbita.web.ReaderZone) () -> LISBON);
            return beans.getBeanProvider(dev.orbita.web.ReaderZone.class);
        }
    }

    /** Stands for the application's error handling, which would answer any exception with a problem. */
    @RestControllerAdvice
    static class AnswersEveryError {
        @ExceptionHandler(Exception.class)
        ResponseEntity<String> any(Exception e) {
            return ResponseEntity.internalServerError().body("problem");
        }
    }

    private static MockMvc mvc(DealsController controller) {
        ExceptionHandlerExceptionResolver advice = new ExceptionHandlerExceptionResolver();
        advice.setApplicationContext(new org.springframework.context.support.StaticApplicationContext() {
            {
                registerBean(AnswersEveryError.class);
                refresh();
            }
        });
        advice.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(controller)
                .setHandlerExceptionResolvers(new InterruptedExports(), advice).build();
    }

    @Test
    void everyRowIsReadInBatchesFollowingTheCursor() throws Exception {
        DealsController controller = new DealsController();
        controller.deals = new Deals(25, 0);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            var response = mvc(controller).perform(get("/deals")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8).lines().skip(1).toList())
                    .hasSize(25).startsWith("deal 0").endsWith("deal 24");
            assertThat(controller.deals.reads).hasValue(3);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aFailureBeforeTheFirstRowIsAnErrorAnswerAndOneAfterItIsNeverEndedLikeAFile() throws Exception {
        DealsController controller = new DealsController();
        controller.deals = new Deals(25, 1);
        var refused = mvc(controller).perform(get("/deals")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(500);
        assertThat(refused.getContentAsString()).isEqualTo("problem");
        assertThat(refused.getHeader("Content-Disposition")).isNull();

        controller.deals = new Deals(25, 2);
        assertThatThrownBy(() -> mvc(controller).perform(get("/deals")))
                .isInstanceOf(ServletException.class).hasRootCauseMessage("database gone")
                .cause().isInstanceOf(ExportInterruptedException.class);
    }
}
