package dev.orbita.recent;

import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The latest changes the caller may see, newest first, with the visibility of each record type. */
@Service
public class RecentChanges {

    public static final int MAX = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordTypes types;
    private final Visibility visibility;
    private final UserDirectory directory;

    RecentChanges(NamedParameterJdbcTemplate jdbc, RecordTypes types, Visibility visibility, UserDirectory directory) {
        this.jdbc = jdbc;
        this.types = types;
        this.visibility = visibility;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<RecentChange> latest(int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> visible = new ArrayList<>();
        for (RecordType type : types.all()) {
            String typeParam = "type_" + visible.size();
            params.put(typeParam, type.code());
            String condition = visibility.readScope(type.code()).sqlCondition("r.owner_id", "r.team_id",
                    "r.customer_id", params);
            visible.add("(r.record_type = :" + typeParam + (condition == null ? "" : " and " + condition) + ")");
        }
        if (visible.isEmpty()) {
            return List.of();
        }
        params.put("limit", Math.max(1, Math.min(limit, MAX)));
        List<RecentChange> rows = jdbc.query("""
                select r.record_type, r.record_id, r.action, r.title, r.actor_id, r.occurred_at
                from recent_changes r where """ + String.join(" or ", visible) + """
                 order by r.occurred_at desc, r.record_id desc limit :limit""", params, (rs, n) -> {
                    String type = rs.getString("record_type");
                    UUID id = rs.getObject("record_id", UUID.class);
                    return new RecentChange(type, id, rs.getString("action"), rs.getString("title"),
                            rs.getObject("actor_id", UUID.class), null, rs.getTimestamp("occurred_at").toInstant(),
                            types.find(type).map(t -> t.url(id)).orElse(null));
                });
        Map<UUID, UserSummary> actors = directory.findUsers(rows.stream().map(RecentChange::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> new RecentChange(r.recordType(), r.recordId(), r.action(), r.title(),
                r.actorId(), r.actorId() != null && actors.containsKey(r.actorId())
                        ? actors.get(r.actorId()).fullName() : null, r.occurredAt(), r.url())).toList();
    }
}
