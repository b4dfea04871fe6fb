package dev.orbita.web.list;

import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs list queries the fast way for every module: only the listed columns, the filter (visibility
 * included) as a WHERE condition, keyset paging when a cursor is given (offset otherwise) with the
 * cursor typed by its sort key, and a count capped at {@link PageQuery#EXACT_COUNT_LIMIT} so that big
 * tables are not counted in full on every page: above the cap the total is the planner's estimate on
 * PostgreSQL (of the table when unfiltered, of the filtered query otherwise). A page costs two or
 * three statements whatever its size: rows, capped count, and the estimate when the cap is passed (an
 * estimated total is then reused for 30 s, so that further pages cost the rows statement only). A
 * batch of a whole-list read ({@link PageQuery#batch}, an export) costs the rows statement only, and
 * its {@code total} is -1.
 */
@Component
public class KeysetList {

    private static final String SORT_ALIAS = "keyset_sort";
    private static final String ID_ALIAS = "keyset_id";
    private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");

    /** How long an estimated total (above {@link PageQuery#EXACT_COUNT_LIMIT}) is reused for the same list query. */
    static final java.time.Duration ESTIMATE_REUSED_FOR = java.time.Duration.ofSeconds(30);
    private static final int ESTIMATES_KEPT = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;
    /** Estimated totals by count statement and parameters (the visibility condition's included), with their time. */
    private final Map<String, long[]> estimates = new java.util.concurrent.ConcurrentHashMap<>();
    private java.time.Clock clock = java.time.Clock.systemUTC();

    KeysetList(NamedParameterJdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private record Keyed<T>(T row, String sortValue, UUID id) {
    }

    /**
     * One page of the list. A page before a cursor ({@link PageQuery#before}) or the last page
     * ({@link PageQuery#last}) is read by the reversed query (the opposite order, the rows before the
     * cursor, or from the end) and turned back into the list's order (ADR 022). The last page of an
     * exactly counted list holds what is left after the full pages (41–45 of 45), so that its rows are
     * those the numbered pages would show; the count is then read before the rows.
     */
    public <T> PageResponse<T> fetch(ListQuery query, PageQuery page, RowMapper<T> mapper) {
        Map<String, Object> params = new HashMap<>(query.params());
        List<String> conditions = new ArrayList<>(query.conditions());
        SortKey sort = query.sorts().get(page.sortField());
        String idColumn = query.sorts().idColumn();
        if (page.only() != null) {
            conditions.add(page.only().isEmpty() ? "1 = 0" : idColumn + " in (:only_ids)");
            params.put("only_ids", page.only());
        }
        boolean reversed = page.reversed();
        boolean ascending = page.ascending() != reversed;
        String dir = ascending ? "asc" : "desc";
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        PageQuery.Cursor cursor = reversed ? page.before() : page.after();
        String keyset = "";
        if (cursor != null) {
            String field = reversed ? "before" : "after";
            params.put("keyset_value", sort.type().cursorParameter(cursor.sortValue(), field));
            params.put("keyset_id", cursor.id());
            keyset = (where.isEmpty() ? " where " : " and ") + "(" + sort.column() + ", " + idColumn + ") "
                    + (ascending ? ">" : "<") + " (:keyset_value, :keyset_id)";
        }
        long[] counted = null;
        int limit = page.size();
        int pageNumber = page.page();
        if (page.last() && page.counted()) {
            counted = count(query, where, params, page.only() != null);
            boolean exact = counted[1] == 1;
            if (exact) {
                long pages = Math.max(1, (counted[0] + page.size() - 1) / page.size());
                limit = (int) Math.max(0, Math.min(page.size(), counted[0] - (pages - 1) * page.size()));
                pageNumber = (int) Math.min(Integer.MAX_VALUE, pages - 1);
            } else {
                pageNumber = -1;
            }
        }
        String sql = "select " + query.select() + ", " + sort.column() + " as " + SORT_ALIAS + ", " + idColumn + " as "
                + ID_ALIAS + " from " + query.from() + where + keyset + " order by " + sort.column() + " " + dir + ", "
                + idColumn + " " + dir + " limit " + (limit + 1) + " offset " + page.offset();
        List<Keyed<T>> rows = jdbc.query(sql, params, (rs, n) -> new Keyed<>(mapper.mapRow(rs, n),
                sort.type().read(rs, SORT_ALIAS), rs.getObject(ID_ALIAS, UUID.class)));
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        if (reversed) {
            rows = new ArrayList<>(rows);
            java.util.Collections.reverse(rows);
        }
        String next = null;
        String previous = null;
        if (!rows.isEmpty()) {
            String firstCursor = cursorOf(rows.get(0));
            String lastCursor = cursorOf(rows.get(rows.size() - 1));
            if (reversed) {
                next = page.last() ? null : lastCursor;
                previous = more ? firstCursor : null;
            } else {
                next = more ? lastCursor : null;
                previous = page.after() != null || page.page() > 0 ? firstCursor : null;
            }
        }
        if (!page.counted()) {
            // a batch of a whole-list read: its reader follows next and needs no total
            return new PageResponse<>(rows.stream().map(Keyed::row).toList(), 0, page.size(), -1, false, next);
        }
        if (counted == null) {
            counted = count(query, where, params, page.only() != null);
        }
        if (page.before() != null && !more) {
            pageNumber = 0; // read back to the start: this is the first page, whatever the address said
        }
        return new PageResponse<>(rows.stream().map(Keyed::row).toList(), pageNumber, page.size(), counted[0],
                counted[1] == 1, next, previous);
    }

    private static String cursorOf(Keyed<?> row) {
        return new PageQuery.Cursor(row.sortValue(), row.id()).encode();
    }

    /**
     * The list's total and whether it is exact (1) or estimated (0): capped count, then the estimates. An
     * estimated total is reused for {@link #ESTIMATE_REUSED_FOR} by the same query with the same parameters on
     * this node: counting to the cap and asking the planner cost about 3 ms per page of a big list on
     * PostgreSQL, and the total is an estimate anyway. Totals up to the cap are counted on every page.
     */
    private long[] count(ListQuery query, String where, Map<String, Object> params, boolean restricted) {
        java.util.TreeMap<String, Object> filter = new java.util.TreeMap<>(params);
        filter.keySet().removeIf(name -> name.startsWith("keyset_")); // the page's cursor: not part of the list
        String key = query.from() + where + '|' + restricted + '|' + filter;
        long now = clock.millis();
        long[] reused = estimates.get(key);
        if (reused != null && now - reused[1] < ESTIMATE_REUSED_FOR.toMillis()) {
            return new long[] {reused[0], 0};
        }
        long[] counted = countNow(query, where, params, restricted);
        if (counted[1] == 0) {
            if (estimates.size() >= ESTIMATES_KEPT) {
                estimates.clear();
            }
            estimates.put(key, new long[] {counted[0], now});
        } else if (reused != null) {
            estimates.remove(key);
        }
        return counted;
    }

    /** For tests: the clock that dates reused estimates. */
    void useClock(java.time.Clock clock) {
        this.clock = clock;
    }

    private long[] countNow(ListQuery query, String where, Map<String, Object> params, boolean restricted) {
        long total;
        boolean exact = true;
        boolean filtered = query.filtered() || restricted;
        Long known = filtered ? null : plannerEstimate(query.table(), 2L * PageQuery.EXACT_COUNT_LIMIT);
        if (known != null) {
            total = known;
            exact = false;
        } else {
            Long counted = jdbc.queryForObject("select count(*) from (select 1 from " + query.from() + where
                    + " limit " + (PageQuery.EXACT_COUNT_LIMIT + 1) + ") t", params, Long.class);
            total = counted == null ? 0 : counted;
            if (total > PageQuery.EXACT_COUNT_LIMIT) {
                exact = false;
                Long estimate = filtered ? filteredEstimate(query.from() + where, params)
                        : plannerEstimate(query.table(), PageQuery.EXACT_COUNT_LIMIT);
                if (estimate != null) {
                    total = Math.max(estimate, total);
                } else {
                    Long all = jdbc.queryForObject("select count(*) from " + query.from() + where, params, Long.class);
                    total = all == null ? 0 : all;
                }
            }
        }
        return new long[] {total, exact ? 1 : 0};
    }

    /**
     * A page whose rows the caller chose elsewhere, in the order given (one statement: the rows of those
     * ids that pass the query's conditions, by key). Empty when any chosen id fails the conditions or is
     * gone: the page would come back short (or, if it was the look-ahead row, say "no next page" wrongly),
     * so the caller must fall back to {@link #fetch}. The cursor is the last row's sort value and id, as
     * {@link #fetch} writes it: the chooser must order rows as {@code order by <sort column>, <id>} does.
     */
    public <T> Optional<PageResponse<T>> fetchChosen(ListQuery query, PageQuery page, ChosenPage chosen,
            RowMapper<T> mapper) {
        if (page.only() != null) {
            return Optional.empty(); // rows restricted to given ids: read by fetch, which applies the restriction
        }
        boolean reversed = page.reversed();
        if (reversed && chosen.rows() < 0 && !chosen.ids().isEmpty()) {
            return Optional.empty(); // a chooser that pages forward only: a reversed page is read by fetch
        }
        int pageNumber = chosen.page() >= 0 ? chosen.page() : page.page();
        if (chosen.ids().isEmpty()) {
            return Optional.of(new PageResponse<>(List.of(), page.before() != null ? 0 : pageNumber, page.size(),
                    chosen.total(), chosen.totalExact(), null));
        }
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("chosen_ids", chosen.ids());
        List<String> conditions = new ArrayList<>(query.conditions());
        String idColumn = query.sorts().idColumn();
        conditions.add(idColumn + " in (:chosen_ids)");
        SortKey sort = query.sorts().get(page.sortField());
        String sql = "select " + query.select() + ", " + sort.column() + " as " + SORT_ALIAS + ", " + idColumn + " as "
                + ID_ALIAS + " from " + query.from() + " where " + String.join(" and ", conditions);
        Map<UUID, Keyed<T>> byId = new HashMap<>();
        for (Keyed<T> row : jdbc.query(sql, params, (rs, n) -> new Keyed<>(mapper.mapRow(rs, n),
                sort.type().read(rs, SORT_ALIAS), rs.getObject(ID_ALIAS, UUID.class)))) {
            byId.put(row.id(), row);
        }
        if (byId.size() != chosen.ids().size()) {
            return Optional.empty();
        }
        int limit = chosen.rows() >= 0 ? chosen.rows() : page.size();
        boolean more = chosen.ids().size() > limit;
        List<Keyed<T>> rows = new ArrayList<>(chosen.ids().stream().limit(limit).map(byId::get).toList());
        String next = null;
        String previous = null;
        if (reversed) {
            java.util.Collections.reverse(rows);
        }
        if (!rows.isEmpty()) {
            String firstCursor = cursorOf(rows.get(0));
            String lastCursor = cursorOf(rows.get(rows.size() - 1));
            if (reversed) {
                next = page.last() ? null : lastCursor;
                previous = more ? firstCursor : null;
            } else {
                next = more ? lastCursor : null;
                previous = page.after() != null || page.page() > 0 ? firstCursor : null;
            }
        }
        if (page.before() != null && !more) {
            pageNumber = 0;
        }
        return Optional.of(new PageResponse<>(rows.stream().map(Keyed::row).toList(), pageNumber, page.size(),
                chosen.total(), chosen.totalExact(), next, previous));
    }

    /** The planner's row count of a whole table on PostgreSQL, when it is above {@code atLeast}. */
    private Long plannerEstimate(String table, long atLeast) {
        if (!postgres || table == null) {
            return null;
        }
        Long rows = jdbc.queryForObject("select reltuples::bigint from pg_class where relname = :table",
                Map.of("table", table), Long.class);
        return rows != null && rows > atLeast ? rows : null;
    }

    /**
     * The planner's row estimate of a filtered list on PostgreSQL (one EXPLAIN, no rows read), used
     * once the capped count has shown that more than {@link PageQuery#EXACT_COUNT_LIMIT} rows match:
     * counting them all would walk every matching index entry on every page.
     */
    private Long filteredEstimate(String fromWhere, Map<String, Object> params) {
        if (!postgres) {
            return null;
        }
        List<String> plan = jdbc.queryForList("explain select 1 from " + fromWhere, params, String.class);
        Matcher rows = plan.isEmpty() ? null : PLAN_ROWS.matcher(plan.get(0));
        return rows != null && rows.find() ? Long.valueOf(rows.group(1)) : null;
    }

    /**
     * The values of a child table for the rows of a page (a record's tags), in one statement and in the
     * values' order: {@code select idColumn, valueColumn from table where idColumn in (:ids)}. The names
     * are the caller's constants, never request input. No statement for no rows.
     */
    public Map<UUID, List<String>> valuesOf(String table, String idColumn, String valueColumn,
            java.util.Collection<UUID> ids) {
        Map<UUID, List<String>> values = new HashMap<>();
        if (ids.isEmpty()) {
            return values;
        }
        jdbc.query("select " + idColumn + ", " + valueColumn + " from " + table + " where " + idColumn
                + " in (:ids) order by " + valueColumn, Map.of("ids", ids), rs -> {
                    values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return values;
    }

    /** A nullable timestamp column as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
