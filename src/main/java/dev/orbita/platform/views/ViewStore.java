package dev.orbita.platform.views;

import dev.orbita.platform.ui.SavedView.Sharing;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The tables of saved views, default views and list settings, in plain SQL. */
@Component
class ViewStore {

    /** A stored view, and whether it is the reading user's default. */
    record Row(UUID id, UUID ownerId, String resource, String name, Map<String, String> filters, String sort,
            String columns, Integer size, Sharing shared, boolean isDefault) {
    }

    /** A user's column choice and page size for a list. */
    record Settings(String columns, Integer size) {
        static final Settings NONE = new Settings(null, null);
    }

    private static final String SELECT = """
            select v.id, v.owner_id, v.resource, v.name, v.filters, v.sort, v.columns, v.page_size, v.shared,
                   case when d.view_id is null then false else true end as is_default
            from saved_views v
            left join saved_view_defaults d on d.view_id = v.id and d.user_id = :me""";

    /** Owner, TEAM for the members of the owner's team, ALL for everyone. */
    private static final String SEEN = """
             (v.owner_id = :me or v.shared = 'ALL' or (v.shared = 'TEAM' and exists (select 1 from users o, users m
               where o.id = v.owner_id and m.id = :me and o.team_id = m.team_id)))""";

    private final NamedParameterJdbcTemplate jdbc;

    ViewStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The views of a list the user sees, by name. */
    List<Row> visible(UUID me, String resource) {
        return jdbc.query(SELECT + " where v.resource = :resource and" + SEEN + " order by lower(v.name), v.id",
                Map.of("me", me, "resource", resource), ViewStore::row);
    }

    /** A view by id if the user sees it (or {@code any}: whoever owns it, for an admin). */
    Optional<Row> find(UUID me, UUID id, boolean any) {
        return jdbc.query(SELECT + " where v.id = :id" + (any ? "" : " and" + SEEN), Map.of("me", me, "id", id),
                ViewStore::row).stream().findFirst();
    }

    void insert(UUID id, UUID owner, String resource, String name, Map<String, String> filters, String sort,
            String columns, Integer size, Sharing shared) {
        Map<String, Object> p = params(name, filters, sort, columns, size, shared);
        p.put("id", id);
        p.put("owner", owner);
        p.put("resource", resource);
        p.put("now", Timestamp.from(Instant.now()));
        jdbc.update("""
                insert into saved_views (id, owner_id, resource, name, filters, sort, columns, page_size, shared,
                    created_at, updated_at)
                values (:id, :owner, :resource, :name, :filters, :sort, :columns, :size, :shared, :now, :now)""", p);
    }

    void update(UUID id, String name, Map<String, String> filters, String sort, String columns, Integer size,
            Sharing shared) {
        Map<String, Object> p = params(name, filters, sort, columns, size, shared);
        p.put("id", id);
        p.put("now", Timestamp.from(Instant.now()));
        jdbc.update("""
                update saved_views set name = :name, filters = :filters, sort = :sort, columns = :columns,
                    page_size = :size, shared = :shared, updated_at = :now where id = :id""", p);
    }

    void delete(UUID id) {
        jdbc.update("delete from saved_view_defaults where view_id = :id", Map.of("id", id));
        jdbc.update("delete from saved_views where id = :id", Map.of("id", id));
    }

    /** Makes the view the user's default of its list, or (view null) clears their default. */
    void setDefault(UUID user, String resource, UUID view) {
        Map<String, Object> p = new HashMap<>();
        p.put("user", user);
        p.put("resource", resource);
        p.put("view", view);
        jdbc.update("delete from saved_view_defaults where user_id = :user and resource = :resource", p);
        if (view != null) {
            jdbc.update("insert into saved_view_defaults (user_id, resource, view_id) values (:user, :resource, :view)",
                    p);
        }
    }

    /** Whether the view is someone's default, for tests and the API's answer after a change. */
    boolean isDefault(UUID user, UUID view) {
        Integer n = jdbc.queryForObject("select count(*) from saved_view_defaults where user_id = :user and view_id = :view",
                Map.of("user", user, "view", view), Integer.class);
        return n != null && n > 0;
    }

    Settings settings(UUID user, String resource) {
        return jdbc.query("select columns, page_size from list_settings where user_id = :user and resource = :resource",
                Map.of("user", user, "resource", resource),
                (rs, n) -> new Settings(rs.getString("columns"), (Integer) rs.getObject("page_size", Integer.class)))
                .stream().findFirst().orElse(Settings.NONE);
    }

    void saveSettings(UUID user, String resource, Settings settings) {
        Map<String, Object> p = new HashMap<>();
        p.put("user", user);
        p.put("resource", resource);
        p.put("columns", settings.columns());
        p.put("size", settings.size());
        int changed = jdbc.update("update list_settings set columns = :columns, page_size = :size"
                + " where user_id = :user and resource = :resource", p);
        if (changed == 0) {
            jdbc.update("insert into list_settings (user_id, resource, columns, page_size)"
                    + " values (:user, :resource, :columns, :size)", p);
        }
    }

    private static Map<String, Object> params(String name, Map<String, String> filters, String sort, String columns,
            Integer size, Sharing shared) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("filters", encode(filters));
        p.put("sort", sort);
        p.put("columns", columns);
        p.put("size", size);
        p.put("shared", shared.name());
        return p;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class), rs.getString("resource"),
                rs.getString("name"), decode(rs.getString("filters")), rs.getString("sort"), rs.getString("columns"),
                rs.getObject("page_size", Integer.class), Sharing.valueOf(rs.getString("shared")),
                rs.getBoolean("is_default"));
    }

    /** Filters as a query string: what the list page's address carries. */
    static String encode(Map<String, String> filters) {
        return filters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String query) {
        Map<String, String> map = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return map;
        }
        Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)).forEach(kv -> map.put(
                URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
        return map;
    }
}
