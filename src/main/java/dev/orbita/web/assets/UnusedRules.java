package dev.orbita.web.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Drops from a stylesheet the rules that no markup of the application can match (docs/decisions/023).
 *
 * <p>A style rule is kept with those of its selectors whose class names ({@code .name}) are all in use;
 * classes inside functional pseudo-classes ({@code :not(.x)}, {@code :is(.a,.b)}, {@code :where(...)},
 * {@code :has(...)}) and attribute selectors do not count, so a selector is dropped only when it certainly
 * cannot match. Rules without a class (elements, {@code :root}, {@code [data-bs-theme=dark]}) are kept.
 * {@code @media}, {@code @supports}, {@code @layer} and {@code @container} blocks are purged inside and
 * dropped when empty; every other at-rule ({@code @font-face}, {@code @keyframes}, {@code @property}…) and
 * license comments ({@code /*! … *}{@code /}) are kept as they are; other comments are dropped. The text of
 * kept rules is not rewritten.
 */
final class UnusedRules {

    private static final Set<String> GROUPING_AT_RULES = Set.of("media", "supports", "layer", "container");

    private final String css;
    private final Predicate<String> classInUse;

    private UnusedRules(String css, Predicate<String> classInUse) {
        this.css = css;
        this.classInUse = classInUse;
    }

    /** The rules of {@code css} that can match markup using only classes for which {@code classInUse} holds. */
    static String purge(String css, Predicate<String> classInUse) {
        StringBuilder out = new StringBuilder(css.length() / 4);
        new UnusedRules(css, classInUse).block(0, css.length(), out);
        return out.toString();
    }

    /** Copies the kept rules of css[from, to) to out. */
    private void block(int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = css.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (css.startsWith("/*", i)) {
                int end = commentEnd(i);
                if (css.startsWith("/*!", i)) {
                    out.append(css, i, end);
                }
                i = end;
            } else if (c == '@') {
                i = atRule(i, to, out);
            } else if (c == '}' || c == ';') {
                i++; // stray: skip
            } else {
                i = styleRule(i, to, out);
            }
        }
    }

    private int atRule(int start, int to, StringBuilder out) {
        int nameEnd = start + 1;
        while (nameEnd < to && (Character.isLetterOrDigit(css.charAt(nameEnd)) || css.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        String name = css.substring(start + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
        int stop = scanTo(nameEnd, to, "{;");
        if (stop >= to || css.charAt(stop) == ';') {
            int end = Math.min(stop + 1, to);
            out.append(css, start, end);
            return end;
        }
        int close = matching(stop, to);
        if (GROUPING_AT_RULES.contains(name)) {
            StringBuilder inner = new StringBuilder();
            block(stop + 1, close, inner);
            if (!inner.isEmpty()) {
                out.append(css, start, stop + 1).append(inner).append('}');
            }
        } else {
            out.append(css, start, Math.min(close + 1, to));
        }
        return Math.min(close + 1, to);
    }

    private int styleRule(int start, int to, StringBuilder out) {
        int open = scanTo(start, to, "{");
        if (open >= to) {
            return to;
        }
        int close = matching(open, to);
        List<String> kept = new ArrayList<>();
        for (String selector : splitTopLevel(css.substring(start, open).trim())) {
            if (canMatch(selector)) {
                kept.add(selector);
            }
        }
        if (!kept.isEmpty()) {
            out.append(String.join(",", kept)).append(css, open, Math.min(close + 1, to));
        }
        return Math.min(close + 1, to);
    }

    /** Whether every class the selector requires (outside functional pseudo-classes and attributes) is in use. */
    boolean canMatch(String selector) {
        String required = withoutGroups(selector);
        int i = 0;
        while (i < required.length()) {
            char c = required.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '.') {
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                while (j < required.length()) {
                    char n = required.charAt(j);
                    if (n == '\\' && j + 1 < required.length()) {
                        name.append(required.charAt(j + 1));
                        j += 2;
                    } else if (Character.isLetterOrDigit(n) || n == '-' || n == '_' || n > 127) {
                        name.append(n);
                        j++;
                    } else {
                        break;
                    }
                }
                if (!name.isEmpty() && !classInUse.test(name.toString())) {
                    return false;
                }
                i = j;
            } else {
                i++;
            }
        }
        return true;
    }

    /** The selector with every {@code (...)} argument, {@code [...]} attribute and string removed. */
    private static String withoutGroups(String selector) {
        StringBuilder out = new StringBuilder(selector.length());
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\\' && depth == 0 && i + 1 < selector.length()) {
                out.append(c).append(selector.charAt(++i));
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The selector list split at commas that are not inside parentheses, brackets or strings. */
    private static List<String> splitTopLevel(String selectors) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int from = 0;
        for (int i = 0; i < selectors.length(); i++) {
            char c = selectors.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(selectors.substring(from, i).trim());
                from = i + 1;
            }
        }
        parts.add(selectors.substring(from).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The index of the first of {@code stops} at depth 0 from {@code from}, skipping strings, comments and groups. */
    private int scanTo(int from, int to, String stops) {
        int depth = 0;
        int i = from;
        while (i < to) {
            int skipped = skipLiteral(i, to);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = css.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && stops.indexOf(c) >= 0) {
                return i;
            }
            i++;
        }
        return to;
    }

    /** The index of the '}' that closes the '{' at {@code open} (or {@code to}). */
    private int matching(int open, int to) {
        int depth = 0;
        int i = open;
        while (i < to) {
            int skipped = skipLiteral(i, to);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            i++;
        }
        return to;
    }

    /** Past the string, comment or escape that starts at {@code i}; {@code i} itself when none does. */
    private int skipLiteral(int i, int to) {
        char c = css.charAt(i);
        if (c == '"' || c == '\'') {
            return stringEnd(i, to);
        }
        if (css.startsWith("/*", i)) {
            return commentEnd(i);
        }
        return c == '\\' ? i + 2 : i;
    }

    private int stringEnd(int start, int to) {
        char quote = css.charAt(start);
        int i = start + 1;
        while (i < to) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return to;
    }

    private int commentEnd(int start) {
        int end = css.indexOf("*/", start + 2);
        return end < 0 ? css.length() : end + 2;
    }
}
