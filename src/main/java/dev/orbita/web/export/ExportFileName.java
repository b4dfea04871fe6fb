package dev.orbita.web.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The {@code Content-Disposition} of an export: {@code attachment} with the record type's plural label
 * and the day, e.g. {@code contatos-2026-12-01.csv}, as a plain {@code filename} (accents folded, for old
 * clients) and as {@code filename*} in UTF-8 (RFC 6266, RFC 8187), which current browsers prefer.
 */
final class ExportFileName {

    private ExportFileName() {
    }

    static String attachment(String title, LocalDate day, String extension) {
        String name = slug(title) + "-" + day + "." + extension;
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** The label in lower case, words joined by hyphens, only letters, digits and hyphens kept. */
    private static String slug(String title) {
        String slug = title.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "export" : slug;
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~} as they are, the rest %-encoded. */
    private static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
