package dev.orbita.customers.common;

import dev.orbita.platform.AccessScope;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs list queries the fast way: only the listed columns, the caller's visibility as a WHERE
 * condition, keyset paging when a cursor is given (offset otherwise), and a count capped at
 * 10 000 rows so that big tables are not counted in full on every page.
 */
@Component
public class KeysetPage {

    /** A list query: FROM/JOIN part, conditions, and how each sort field maps to a column. */
    public record Spec(String select, String from, List<String> conditions, Map<String, Object> params,
            Map<String, String> sortColumns, String table) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    /** Sort fields every customer list offers (name, createdAt, updatedAt) on the table with this alias. */
    public static Map<String, String> sorts(String alias) {
        Map<String, String> sorts = new java.util.LinkedHashMap<>();
        sorts.put("name", alias + ".sort_name");
        sorts.put("createdAt", alias + ".created_at");
        sorts.put("updatedAt", alias + ".updated_at");
        return java.util.Collections.unmodifiableMap(sorts);
    }

    /** The sort columns plus the id tie-breaker used by keyset paging. */
    public static Map<String, String> columns(String alias) {
        Map<String, String> columns = new HashMap<>(sorts(alias));
        columns.put("id", alias + ".id");
        return java.util.Collections.unmodifiableMap(columns);
    }

    /** The value of a row's sort field, as the keyset cursor records it. */
    public static Object sortValue(String sortField, String sortName, Instant createdAt, Instant updatedAt) {
        return switch (sortField) {
            case "createdAt" -> createdAt;
            case "updatedAt" -> updatedAt;
            default -> sortName;
        };
    }

    KeysetPage(NamedParameterJdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    public <T> PageResponse<T> fetch(Spec spec, PageQuery page, AccessScope scope, String ownerColumn,
            String teamColumn, RowMapper<T> mapper, java.util.function.Function<T, Object> sortValueOf,
            java.util.function.Function<T, UUID> idOf) {
        Map<String, Object> params = new HashMap<>(spec.params());
        List<String> conditions = new ArrayList<>(spec.conditions());
        conditions.add(scope.sqlCondition(ownerColumn, teamColumn, params));
        String where = " where " + String.join(" and ", conditions);
        String sortColumn = spec.sortColumns().get(page.sortField());
        String dir = page.ascending() ? "asc" : "desc";
        String keyset = "";
        if (page.after() != null) {
            params.put("after_value", cursorValue(page.after().sortValue(), sortColumn));
            params.put("after_id", page.after().id());
            keyset = " and (" + sortColumn + ", " + idColumn(spec) + ") " + (page.ascending() ? ">" : "<")
                    + " (:after_value, :after_id)";
        }
        String sql = "select " + spec.select() + " from " + spec.from() + where + keyset + " order by " + sortColumn
                + " " + dir + ", " + idColumn(spec) + " " + dir + " limit " + (page.size() + 1) + " offset "
                + page.offset();
        List<T> rows = jdbc.query(sql, params, mapper);
        boolean more = rows.size() > page.size();
        if (more) {
            rows = rows.subList(0, page.size());
        }
        String next = null;
        if (more && !rows.isEmpty()) {
            T last = rows.get(rows.size() - 1);
            Object v = sortValueOf.apply(last);
            next = new PageQuery.Cursor(v instanceof Instant i ? i.toString() : String.valueOf(v), idOf.apply(last))
                    .encode();
        }
        long total;
        boolean exact = true;
        Long known = unfilteredEstimate(spec, scope);
        if (known != null) {
            total = known;
            exact = false;
        } else {
            Long counted = jdbc.queryForObject("select count(*) from (select 1 from " + spec.from() + where
                    + " limit " + (PageQuery.EXACT_COUNT_LIMIT + 1) + ") t", params, Long.class);
            total = counted == null ? 0 : counted;
            if (total > PageQuery.EXACT_COUNT_LIMIT) {
                exact = false;
                total = estimate(spec, where, params);
            }
        }
        return new PageResponse<>(rows, page.page(), page.size(), total, exact, next);
    }

    /**
     * The whole table, unfiltered, on PostgreSQL: when the planner already knows it holds well over the
     * exact limit, its estimate answers without reading 10 001 index entries on every page.
     */
    private Long unfilteredEstimate(Spec spec, AccessScope scope) {
        if (!postgres || !spec.conditions().isEmpty() || !scope.isAll()) {
            return null;
        }
        Long rows = jdbc.queryForObject("select reltuples::bigint from pg_class where relname = :table",
                Map.of("table", spec.table()), Long.class);
        return rows != null && rows > 2L * PageQuery.EXACT_COUNT_LIMIT ? rows : null;
    }

    /** Above the exact limit: the planner's row estimate on PostgreSQL, a plain count on H2. */
    private long estimate(Spec spec, String where, Map<String, Object> params) {
        if (postgres && spec.conditions().isEmpty() && !where.contains(":scope_")) {
            Long rows = jdbc.queryForObject("select reltuples::bigint from pg_class where relname = :table",
                    Map.of("table", spec.table()), Long.class);
            if (rows != null && rows > PageQuery.EXACT_COUNT_LIMIT) {
                return rows;
            }
        }
        Long all = jdbc.queryForObject("select count(*) from " + spec.from() + where, params, Long.class);
        return all == null ? 0 : all;
    }

    private static String idColumn(Spec spec) {
        return spec.sortColumns().get("id");
    }

    private static Object cursorValue(String value, String column) {
        if (column.endsWith("_at")) {
            try {
                return Timestamp.from(Instant.parse(value));
            } catch (RuntimeException e) {
                throw dev.orbita.shared.ValidationException.of("after", "validation.cursor");
            }
        }
        return value;
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
