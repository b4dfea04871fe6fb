package dev.orbita.customers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The check that decides whether lists filtered by {@code ?q=} may be sorted in the search index: the
 * database must order text by code point, as Lucene does.
 */
class DatabaseTextOrderTests {

    private static JdbcTemplate h2(String settings) {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:text-order-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" + settings, "sa", "", true);
        return new JdbcTemplate(dataSource);
    }

    @Test
    void h2SortsByCodePointUnlessGivenALanguagesCollation() {
        assertThat(DatabaseTextOrder.byCodePoint(h2(""))).isTrue();
        JdbcTemplate english = h2("");
        english.execute("set collation english");
        assertThat(DatabaseTextOrder.byCodePoint(english)).isFalse();
    }

    @Test
    void codePointOrderIsTheOrderOfTheKeysInTheIndex() {
        List<String> names = new ArrayList<>(List.of("ana silva", "anabela", "ana", "ana-maria", "ø", "ł", "z",
                "\uFFFD", "\uD83D\uDE00"));
        names.sort(DatabaseTextOrder.CODE_POINTS);
        assertThat(names).containsExactly("ana", "ana silva", "ana-maria", "anabela", "z", "ø", "ł", "\uFFFD",
                "\uD83D\uDE00");
        // the key of a name sorts before the key of any longer name it begins
        assertThat(DatabaseTextOrder.CODE_POINTS.compare(NameSortKey.of("ana", UUID.randomUUID()),
                NameSortKey.of("ana silva", new UUID(0, 0)))).isNegative();
    }
}
