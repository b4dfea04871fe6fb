package dev.orbita.web.export;

import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageResponse;
import dev.orbita.web.ReaderZone;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes the whole result of a list to the answer as CSV or XLSX, reading it in keyset batches through
 * the list's own query ({@link ExportRequest#list()}), so memory stays flat whatever the number of rows
 * and what is exported is exactly what the list shows the reader, filters, sort and visibility
 * included. Each batch is its own short read: no connection is held while a slow client downloads.
 *
 * <p>The first batch is read before anything is written, so a refused request (a bad filter, a sort
 * field the list does not have) is answered as a problem, never as half a file. Should a later batch
 * fail once CSV rows have gone out, the export ends with {@link ExportInterruptedException}: the
 * connection is then closed without ending the answer, so the client sees a broken download, not a
 * shorter file it could take for the whole list (see {@link InterruptedExports}).
 */
@Component
public class ListExport {

    private final MessageSource messages;
    private final ObjectProvider<ReaderZone> zones;
    private final int batchSize;

    ListExport(MessageSource messages, ObjectProvider<ReaderZone> zones,
            @Value("${orbita.export.batch-size:1000}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("orbita.export.batch-size must be positive");
        }
        this.messages = messages;
        this.zones = zones;
        this.batchSize = batchSize;
    }

    /**
     * Refuses the paging parameters of a collection request: an export holds the whole filtered list,
     * and silently ignoring a page the client asked for would answer something else than it expects.
     */
    public static void requireWholeList(String page, String size, String after) {
        var errors = new ValidationException.Collector();
        if (page != null) {
            errors.add("page", "validation.exportWhole");
        }
        if (size != null) {
            errors.add("size", "validation.exportWhole");
        }
        if (after != null) {
            errors.add("after", "validation.exportWhole");
        }
        errors.throwIfAny();
    }

    public <T> void write(ExportFormat format, ExportRequest<T> request, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ZoneId zone = zones.getIfAvailable(() -> () -> ZoneOffset.UTC).zone();
        ExportLayout<T> layout = ExportLayout.of(request.columns(), messages, locale, zone);
        String title = messages.getMessage(request.titleKey(), null, request.titleKey(), locale);
        PageResponse<T> batch = request.list().apply(request.order().batch(batchSize, null));
        RowWriter.Target target = () -> {
            response.setContentType(format == ExportFormat.CSV ? "text/csv;charset=UTF-8" : ExportFormat.XLSX_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ExportFileName.attachment(title, LocalDate.now(zone), format.extension()));
            return response.getOutputStream();
        };
        try (RowWriter rows = format == ExportFormat.CSV ? new CsvRows(target, layout.kinds(), locale)
                : new XlsxRows(target, title, layout.kinds())) {
            rows.header(layout.labels());
            while (true) {
                for (T item : batch.items()) {
                    rows.row(layout.values(item));
                }
                rows.endOfBatch();
                if (batch.next() == null) {
                    break;
                }
                batch = request.list().apply(request.order().batch(batchSize, batch.next()));
            }
            rows.finish();
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                throw new ExportInterruptedException(e);
            }
            throw e;
        }
    }
}
