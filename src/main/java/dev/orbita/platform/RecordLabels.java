package dev.orbita.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of related records, only where the caller may see them: the one mechanism behind an
 * account name on a contact, a parent account, a referenced record in history, and the 360 panels,
 * exports and screen pops of later modules. A record the caller may not see has no name here.
 * One statement for any number of ids of one type.
 */
@Component
public class RecordLabels {

    private final RecordTypes types;
    private final RecordAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    RecordLabels(RecordTypes types, RecordAccess access, NamedParameterJdbcTemplate jdbc) {
        this.types = types;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The names of those records of the type the caller may see, by id. */
    @Transactional(readOnly = true)
    public Map<UUID, String> visibleTitles(String type, Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        RecordType recordType = types.find(type).orElse(null);
        if (wanted.isEmpty() || recordType == null || recordType.titleSql() == null) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", wanted);
        String visible = access.visibleCondition(type, "t", params);
        Map<UUID, String> titles = new HashMap<>();
        jdbc.query("select t.id, " + recordType.titleSql() + " as title from " + recordType.table()
                + " t where t.id in (:ids)" + (visible == null ? "" : " and " + visible), params,
                rs -> {
                    String title = rs.getString("title");
                    titles.put(rs.getObject("id", UUID.class), title == null ? null : title.strip());
                });
        return titles;
    }

    public Optional<String> visibleTitle(String type, UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(visibleTitles(type, List.of(id)).get(id));
    }
}
