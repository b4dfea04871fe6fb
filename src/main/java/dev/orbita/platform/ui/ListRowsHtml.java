package dev.orbita.platform.ui;

import dev.orbita.platform.web.DateTimeFormats;
import dev.orbita.web.list.ListColumn;
import dev.orbita.web.list.ListTable;
import dev.orbita.web.list.RowActions;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The body rows of the shell's list table ({@code shell/list :: table}, {@code <tbody th:utext="${listRows.rows(table, bulk)}">}),
 * written here rather than by a fragment per cell: a list page of 20 rows and 7 columns would otherwise evaluate
 * some 150 fragment calls, switches and message look-ups per request, most of the page's server time (issue 7 §10,
 * bench/RESULTS.md). Every text and attribute value goes through {@link #esc}; labels are looked up once per
 * column and enum value per page. The markup is the one the list's scripts, styles and tests rely on:
 * {@code data-href}/{@code data-id} rows, {@code data-label} cells (the phone cards), {@code data-cell} on editable
 * cells with their edit button ({@code data-cell-edit}: bulk.js asks htmx for the editor at the table body's
 * {@code data-cells} address + the row's id + {@code /cells/} + the cell's key + {@code /edit}).
 */
@Component
public class ListRowsHtml {

    private final MessageSource messages;
    private final DateTimeFormats fmt;

    public ListRowsHtml(MessageSource messages, DateTimeFormats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    /**
     * {@code ${listRows.rows(table, bulk)}} in every template: a static variable of the view resolver, since
     * Thymeleaf allows no bean reference in {@code th:utext}.
     */
    @Configuration(proxyBeanMethods = false)
    static class InTemplates {
        @Bean
        SmartInitializingSingleton listRowsInTemplates(ThymeleafViewResolver views, ListRowsHtml listRows) {
            return () -> views.addStaticVariable("listRows", listRows);
        }
    }

    /** All rows of the table, with a selection cell and edit buttons when {@code actions} is not null. */
    public String rows(ListTable table, RowActions actions) {
        Labels labels = new Labels(LocaleContextHolder.getLocale());
        StringBuilder out = new StringBuilder(table.rows().size() * 1200);
        for (ListTable.Row row : table.rows()) {
            out.append("<tr");
            attr(out, "data-href", row.href());
            attr(out, "data-id", String.valueOf(row.id()));
            out.append('>');
            if (actions != null) {
                String name = row.cells().isEmpty() ? "" : row.cells().get(0).text(labels.locale);
                String label = labels.message("bulk.selectRow", name);
                out.append("<td class=\"orbita-select-cell\"");
                attr(out, "data-label", labels.of("bulk.select"));
                out.append("><input class=\"form-check-input m-0\" type=\"checkbox\" name=\"ids\"");
                attr(out, "value", String.valueOf(row.id()));
                out.append(" data-bulk-row");
                attr(out, "form", actions.formId());
                attr(out, "aria-label", label);
                out.append("></td>");
            }
            for (ListTable.Cell c : row.cells()) {
                ListColumn<?> col = c.column();
                out.append("<td");
                attr(out, "data-label", labels.of(col.labelKey()));
                String classes = (col.responsiveClass() + " " + (col.css() == null ? "" : col.css())).trim();
                if (!classes.isEmpty()) {
                    attr(out, "class", classes);
                }
                if (col.editable()) {
                    attr(out, "data-cell", col.key());
                }
                out.append('>');
                cell(out, c, row.id(), actions, labels);
                out.append("</td>");
            }
            out.append("</tr>");
        }
        return out.toString();
    }

    /** One cell's content alone (after an edit in place, or its cancel). */
    public String cell(ListTable.Cell c, Object rowId, RowActions actions) {
        StringBuilder out = new StringBuilder(400);
        cell(out, c, rowId, actions, new Labels(LocaleContextHolder.getLocale()));
        return out.toString();
    }

    private void cell(StringBuilder out, ListTable.Cell c, Object rowId, RowActions actions, Labels labels) {
        ListColumn<?> col = c.column();
        if (c.empty()) {
            if (c.emptyKey() != null) {
                out.append("<span class=\"text-secondary\">").append(esc(labels.of(c.emptyKey()))).append("</span>");
            }
        } else {
            switch (col.type()) {
                case ENUM -> {
                    String label = esc(labels.of(col.enumPrefix() + "." + ((Enum<?>) c.value()).name()));
                    if (col.badge()) {
                        out.append("<span class=\"badge bg-").append(esc(col.toneOf(c.value()))).append("-lt\">")
                                .append(label).append("</span>");
                    } else {
                        out.append(label);
                    }
                }
                case TIME -> {
                    Instant at = (Instant) c.value();
                    String shown = esc(fmt.dateTime(at));
                    out.append("<time datetime=\"").append(esc(fmt.iso(at))).append("\" data-relative title=\"")
                            .append(shown).append("\">").append(shown).append("</time>");
                }
                case TAGS -> {
                    for (Object tag : (Collection<?>) c.value()) {
                        out.append("<span class=\"badge bg-secondary-lt me-1\">").append(esc(String.valueOf(tag)))
                                .append("</span>");
                    }
                }
                default -> {
                    String text = esc(c.text(labels.locale));
                    if (c.href() != null) {
                        out.append("<a class=\"text-reset\"");
                        attr(out, "href", c.href());
                        if (col.css() != null && col.css().contains("orbita-clip")) {
                            out.append(" title=\"").append(text).append('"');
                        }
                        out.append('>').append(text).append("</a>");
                    } else {
                        out.append(text);
                    }
                }
            }
        }
        if (actions != null && col.editable() && actions.mayEdit(col.edit())) {
            String label = labels.message("list.cell.edit", labels.of(col.labelKey()));
            // its address comes from the row, the cell and the table body (bulk.js): 130 bytes less per cell
            out.append("<button type=\"button\" class=\"btn btn-sm btn-icon btn-ghost-secondary orbita-cell-edit\"");
            attr(out, "aria-label", label);
            attr(out, "title", label);
            out.append(" data-cell-edit>✎</button>");
        }
    }

    private static void attr(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(esc(value)).append('"');
        }
    }

    /** HTML-escapes text and attribute values (the five special characters; the page is UTF-8). */
    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** Message look-ups of one page in the reader's language, each key once. */
    private final class Labels {
        final Locale locale;
        final Map<String, String> plain = new HashMap<>();

        Labels(Locale locale) {
            this.locale = locale;
        }

        String of(String key) {
            return plain.computeIfAbsent(key, k -> messages.getMessage(k, null, k, locale));
        }

        String message(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }
}
