package dev.orbita.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC connection helpers shared by both commands. */
final class Db {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Db() {
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /** For PostgreSQL turns on {@code reWriteBatchedInserts} (multi-row INSERTs from a batch) unless set. */
    static String tuned(String url) {
        if (isPostgres(url) && !url.contains("reWriteBatchedInserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return url;
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(tuned(url), user, password == null ? "" : password);
    }

    /** The app's folding of names for sort_name: NFD, combining marks removed, lower case, trimmed. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    /** Lower-case ASCII letters and digits only, for e-mail local parts and domains. */
    static String slug(String text) {
        String folded = fold(text);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }
}
