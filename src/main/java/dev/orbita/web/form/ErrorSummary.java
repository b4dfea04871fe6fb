package dev.orbita.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary at the top of a rejected form (layout/fragments :: formErrors), as {@code @errorSummary}:
 * one link per invalid field to the field's id, named by its label. A field's label is the first message of
 * {@code form.label.<path>} (row fields, {@code form.label.phones.number} = "Phone {0}" with the row's number),
 * then {@code <prefix>.<path>} for each of the form's {@link LabelledForm#labelPrefixes()} (by default the form
 * class's name without "Form": AccountForm → {@code account.name}); the field's path when none is found.
 */
@Component("errorSummary")
public class ErrorSummary {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private final MessageSource messages;

    public ErrorSummary(MessageSource messages) {
        this.messages = messages;
    }

    /** A link of the summary: the field's element id, its label and the error text. */
    public record Item(String id, String label, String message) {
    }

    /** The summary: one item per invalid field (its first error), and the errors of the form as a whole. */
    public record Summary(List<Item> fields, List<String> global) {
        public int count() {
            return fields.size();
        }
    }

    public Summary of(List<DetailedError> errors, Object form) {
        Map<String, Item> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (DetailedError e : errors) {
            if (e.isGlobal()) {
                global.add(e.getMessage());
            } else if (!fields.containsKey(e.getFieldName())) {
                fields.put(e.getFieldName(), new Item(id(e.getFieldName()), label(e.getFieldName(), form),
                        e.getMessage()));
            }
        }
        return new Summary(List.copyOf(fields.values()), List.copyOf(global));
    }

    /** The id the form fragments give a field's control: its path without the brackets. */
    public static String id(String field) {
        return field.replace("[", "").replace("]", "");
    }

    String label(String field, Object form) {
        Matcher m = INDEX.matcher(field);
        Integer row = m.find() ? Integer.parseInt(m.group(1)) + 1 : null;
        String path = INDEX.matcher(field).replaceAll("");
        String text = message("form.label." + path, row == null ? new Object[0] : new Object[] {row});
        if (text != null) {
            return text;
        }
        for (String prefix : prefixes(form)) {
            text = message(prefix + "." + path, null);
            if (text != null) {
                return text;
            }
        }
        return field;
    }

    private static List<String> prefixes(Object form) {
        if (form instanceof LabelledForm labelled) {
            return labelled.labelPrefixes();
        }
        if (form == null) {
            return List.of();
        }
        String name = form.getClass().getSimpleName().replaceFirst("Form$", "");
        return name.isEmpty() ? List.of() : List.of(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }

    private String message(String code, Object[] args) {
        try {
            return messages.getMessage(code, args, LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
