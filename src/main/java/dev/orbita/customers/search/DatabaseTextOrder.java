package dev.orbita.customers.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the database sorts text as the search index does: by code point (Lucene compares UTF-8
 * bytes). True of PostgreSQL databases with the {@code C} or {@code C.UTF-8} collation and of H2 (Java
 * string order, the same within the Basic Multilingual Plane); not of a linguistic collation such as
 * {@code en_US.UTF-8}, which ignores spaces and punctuation at first, so that "anabela" sorts before
 * "ana silva". Asked once, by sorting a few folded names whose order the two ways differ.
 */
final class DatabaseTextOrder {

    private static final List<String> PROBES = List.of("ana silva", "anabela", "ana-maria", "ana.b", "ana'b",
            "ana0", "ana~", "anna", "b", "ø", "ł", "ß", "z z", "zz");

    private DatabaseTextOrder() {
    }

    static boolean byCodePoint(JdbcTemplate jdbc) {
        StringBuilder values = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (String probe : PROBES) {
            values.append(values.isEmpty() ? "" : ", ").append("(cast(? as varchar(401)))");
            args.add(probe);
        }
        List<String> sorted = jdbc.queryForList("select v from (values " + values + ") t(v) order by v",
                String.class, args.toArray());
        List<String> expected = new ArrayList<>(PROBES);
        expected.sort(CODE_POINTS);
        return sorted.equals(expected);
    }

    static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
