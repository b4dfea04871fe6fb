package dev.orbita.web.form;

import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/** Helpers of every record form: blank rows, tags as text, field errors onto the form rows. */
public final class FormSupport {

    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)\\](.*)$");

    private FormSupport() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static List<String> tags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static String tagsText(List<String> tags) {
        return tags == null ? "" : String.join(", ", tags);
    }

    /**
     * Copies the violations onto the form. {@code indexMaps} maps a list name to the form row index of each
     * request element (blank rows are not sent, so request index k may be form row m).
     */
    public static void copy(ValidationException e, BindingResult result, Map<String, List<Integer>> indexMaps) {
        Object target = result.getTarget();
        BeanWrapper wrapper = target == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(target);
        for (FieldViolation v : e.violations()) {
            String field = remap(v.field(), indexMaps);
            if (wrapper != null && readable(wrapper, field)) {
                result.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
            } else {
                String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
                if (wrapper != null && !base.equals(field) && readable(wrapper, base)) {
                    result.rejectValue(base, v.messageKey(), v.args(), v.messageKey());
                } else {
                    result.reject(v.messageKey(), v.args(), v.messageKey());
                }
            }
        }
    }

    private static boolean readable(BeanWrapper wrapper, String field) {
        try {
            return wrapper.isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static String remap(String field, Map<String, List<Integer>> indexMaps) {
        if (field == null) {
            return "";
        }
        Matcher m = INDEXED.matcher(field);
        if (m.matches() && indexMaps.containsKey(m.group(1))) {
            List<Integer> map = indexMaps.get(m.group(1));
            int k = Integer.parseInt(m.group(2));
            if (k < map.size()) {
                return m.group(1) + "[" + map.get(k) + "]" + m.group(3);
            }
        }
        return field;
    }

    public static <T> List<T> pad(List<T> rows, int n, java.util.function.Supplier<T> blank) {
        List<T> out = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        while (out.size() < n) {
            out.add(blank.get());
        }
        return out;
    }
}
