package dev.orbita.web.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orbita.shared.Ids;
import dev.orbita.shared.ValidationException;
import dev.orbita.support.IntegrationTest;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keyset paging through a real table (H2 or PostgreSQL) sorted by each kind of column: walking all
 * pages with the cursor must give exactly the rows of one ordered query, none twice and none missed.
 * Numbers 9, 10 and 100 and amounts like 1.50 and 10.00 would come out of order (or fail on
 * PostgreSQL) if a cursor compared them as text.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysetListTests {

    private static final String TABLE = "keyset_probe";
    private static final SortKeys SORTS = SortKeys.of("k.id", SortKey.text("label", "k.label"),
            SortKey.number("quantity", "k.quantity"), SortKey.money("amount", "k.amount"),
            SortKey.date("due", "k.due"), SortKey.time("createdAt", "k.created_at"));

    @Autowired
    KeysetList lists;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void createTable() {
        jdbc.execute("drop table if exists " + TABLE);
        jdbc.execute("create table " + TABLE + " (id uuid primary key, label varchar(50) not null, quantity bigint"
                + " not null, amount numeric(12,2) not null, due date not null,"
                + " created_at timestamp with time zone not null)");
        long[] quantities = { 9, 10, 100, 2, 10, 1000, 9, 55, 3, 21 };
        String[] amounts = { "1.50", "10.00", "9.99", "100.00", "1.50", "0.05", "19.90", "2.00", "10.00", "99.95" };
        Instant base = Instant.parse("2026-03-01T10:15:30.123456Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            rows.add(new Object[] { Ids.newId(), "item " + (i % 17), quantities[i % quantities.length],
                    new BigDecimal(amounts[(i * 3) % amounts.length]),
                    java.sql.Date.valueOf(LocalDate.of(2026, 1 + i % 12, 1 + i % 5)),
                    Timestamp.from(base.plusSeconds((i % 13) * 3600L)) });
        }
        jdbc.batchUpdate("insert into " + TABLE + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    @AfterAll
    void dropTable() {
        jdbc.execute("drop table if exists " + TABLE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "label,asc", "label,desc", "quantity,asc", "quantity,desc", "amount,asc", "amount,desc",
            "due,asc", "due,desc", "createdAt,asc", "createdAt,desc" })
    void walkingEveryPageWithTheCursorGivesTheRowsOfOneOrderedQuery(String field, String direction) {
        String column = SORTS.get(field).column();
        List<UUID> expected = jdbc.queryForList("select k.id from " + TABLE + " k order by " + column + " "
                + direction + ", k.id " + direction, UUID.class);

        List<UUID> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            PageQuery page = PageQuery.of(null, 7, field + "," + direction, after, SORTS.allowed(), "label");
            PageResponse<UUID> result = lists.fetch(query(), page, (rs, n) -> rs.getObject("id", UUID.class));
            walked.addAll(result.items());
            assertThat(result.total()).isEqualTo(53);
            assertThat(result.totalExact()).isTrue();
            after = result.next();
            pages++;
        } while (after != null && pages < 20);

        assertThat(walked).as("rows in order, each exactly once").containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "label,asc", "label,desc", "quantity,asc", "quantity,desc", "amount,asc", "amount,desc",
            "due,asc", "due,desc", "createdAt,asc", "createdAt,desc" })
    void theLastPageAndWalkingBackFromItByTheReversedQueryGiveTheSamePagesAsWalkingForward(String field,
            String direction) {
        String column = SORTS.get(field).column();
        List<UUID> expected = jdbc.queryForList("select k.id from " + TABLE + " k order by " + column + " "
                + direction + ", k.id " + direction, UUID.class);
        PageQuery first = PageQuery.of(null, 7, field + "," + direction, null, SORTS.allowed(), "label");

        // the last page of 53 rows by 7: rows 50–53 (what page 8 shows), numbered 7 (from 0)
        PageResponse<UUID> last = lists.fetch(query(), first.backwards(null, true), (rs, n) -> rs.getObject("id", UUID.class));
        assertThat(last.items()).containsExactlyElementsOf(expected.subList(49, 53));
        assertThat(last.page()).isEqualTo(7);
        assertThat(last.from()).isEqualTo(50);
        assertThat(last.hasNext()).isFalse();

        // walking back with "before" cursors gives every page in the list's order
        List<UUID> walked = new ArrayList<>(last.items());
        String before = last.previous();
        int pages = 1;
        while (before != null && pages < 20) {
            PageResponse<UUID> page = lists.fetch(query(), first.backwards(before, false),
                    (rs, n) -> rs.getObject("id", UUID.class));
            assertThat(page.items()).hasSize(7);
            assertThat(page.next()).as("a page before another has a next").isNotNull();
            walked.addAll(0, page.items());
            before = page.previous();
            pages++;
        }
        assertThat(walked).as("rows in order, each exactly once").containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(8);
    }

    @ParameterizedTest
    @CsvSource({ "quantity", "amount", "due", "createdAt" })
    void aCursorWhoseValueDoesNotFitItsSortTypeIsABadRequestNamingAfter(String field) {
        String tampered = new PageQuery.Cursor("not-a-value", UUID.randomUUID()).encode();
        PageQuery page = PageQuery.of(null, 7, field + ",asc", tampered, SORTS.allowed(), "label");
        assertThatThrownBy(() -> lists.fetch(query(), page, (rs, n) -> rs.getObject("id", UUID.class)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).anyMatch(v -> v.field().equals("after")));
    }

    @ParameterizedTest
    @CsvSource({ "quantity", "amount", "due", "createdAt" })
    void aTamperedBeforeCursorIsABadRequestNamingBefore(String field) {
        String tampered = new PageQuery.Cursor("not-a-value", UUID.randomUUID()).encode();
        PageQuery page = PageQuery.of(null, 7, field + ",asc", null, SORTS.allowed(), "label").backwards(tampered, false);
        assertThatThrownBy(() -> lists.fetch(query(), page, (rs, n) -> rs.getObject("id", UUID.class)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).anyMatch(v -> v.field().equals("before")));
        assertThatThrownBy(() -> PageQuery.of(null, 7, field + ",asc", null, SORTS.allowed(), "label")
                .backwards("%%%", false)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @CsvSource({ "quantity", "amount" })
    void aFilteredListCountsOnlyTheMatchingRows(String field) {
        var query = new ListQuery("k.id", TABLE + " k", List.of("k.quantity >= :min"), Map.of("min", 55),
                SORTS, TABLE, true);
        PageQuery page = PageQuery.of(null, 5, field + ",desc", null, SORTS.allowed(), "label");
        PageResponse<UUID> result = lists.fetch(query, page, (rs, n) -> rs.getObject("id", UUID.class));
        Long expected = jdbc.queryForObject("select count(*) from " + TABLE + " where quantity >= 55", Long.class);
        assertThat(result.total()).isEqualTo(expected);
        assertThat(result.items()).hasSize(5);
    }

    @org.junit.jupiter.api.Test
    void anEstimatedTotalIsReusedForHalfAMinuteWhileTotalsUpToTheCapAreCountedOnEveryPage() throws Exception {
        String big = "keyset_big";
        jdbc.execute("drop table if exists " + big);
        jdbc.execute("create table " + big + " (id uuid primary key, label varchar(50) not null, grp int not null)");
        try {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < PageQuery.EXACT_COUNT_LIMIT + 50; i++) {
                rows.add(new Object[] {Ids.newId(), "row " + i, i < 100 ? 1 : 2});
            }
            jdbc.batchUpdate("insert into " + big + " values (?, ?, ?)", rows);
            try {
                jdbc.execute("analyze " + big); // PostgreSQL's planner gets its row count (H2 counts instead)
            } catch (org.springframework.dao.DataAccessException h2) {
                jdbc.execute("analyze table " + big);
            }
            SortKeys sorts = SortKeys.of("b.id", SortKey.text("label", "b.label"));
            PageQuery first = PageQuery.of(null, 20, "label", null, sorts.allowed(), "label");
            var mutable = new java.util.concurrent.atomic.AtomicReference<>(
                    java.time.Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), java.time.ZoneOffset.UTC));
            lists.useClock(new java.time.Clock() {
                public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
                public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
                public Instant instant() { return mutable.get().instant(); }
            });
            java.util.function.IntFunction<ListQuery> inGroup = g -> new ListQuery("b.id, b.label", big + " b",
                    List.of("b.grp >= :grp"), Map.of("grp", g), sorts, big, true);

            PageResponse<UUID> bigList = lists.fetch(inGroup.apply(1), first, (rs, n) -> rs.getObject("id", UUID.class));
            assertThat(bigList.totalExact()).isFalse();
            assertThat(bigList.total()).isGreaterThan(PageQuery.EXACT_COUNT_LIMIT);
            jdbc.update("delete from " + big + " where grp = 2 and label like 'row 9%'"); // about 1 100 rows fewer

            // the next page of the same list, and the list again: no count, the same total
            PageResponse<UUID> again = lists.fetch(inGroup.apply(1), PageQuery.of(null, 20, "label",
                    bigList.next(), sorts.allowed(), "label"), (rs, n) -> rs.getObject("id", UUID.class));
            assertThat(again.total()).isEqualTo(bigList.total());
            assertThat(again.totalExact()).isFalse();

            // a list whose total is under the cap is counted on every page: 100 rows, then 99
            PageResponse<UUID> small = lists.fetch(new ListQuery("b.id, b.label", big + " b", List.of("b.grp = :grp"),
                    Map.of("grp", 1), sorts, big, true), first, (rs, n) -> rs.getObject("id", UUID.class));
            assertThat(small.total()).isEqualTo(100);
            assertThat(small.totalExact()).isTrue();
            jdbc.update("delete from " + big + " where label = 'row 5'");
            assertThat(lists.fetch(new ListQuery("b.id, b.label", big + " b", List.of("b.grp = :grp"),
                    Map.of("grp", 1), sorts, big, true), first, (rs, n) -> rs.getObject("id", UUID.class)).total())
                    .isEqualTo(99);

            // half a minute later the big list is counted again and sees the deleted rows
            mutable.set(java.time.Clock.offset(mutable.get(), java.time.Duration.ofSeconds(31)));
            long counted = jdbc.queryForObject("select count(*) from " + big + " where grp >= 1", Long.class);
            PageResponse<UUID> later = lists.fetch(inGroup.apply(1), first, (rs, n) -> rs.getObject("id", UUID.class));
            assertThat(counted).isEqualTo(PageQuery.EXACT_COUNT_LIMIT + 50 - 1100 - 1);
            assertThat(later.total()).isEqualTo(counted);
            assertThat(later.totalExact()).isTrue();
        } finally {
            lists.useClock(java.time.Clock.systemUTC());
            jdbc.execute("drop table if exists " + big);
        }
    }

    private static ListQuery query() {
        return new ListQuery("k.id", TABLE + " k", List.of(), Map.of(), SORTS, TABLE, false);
    }
}
