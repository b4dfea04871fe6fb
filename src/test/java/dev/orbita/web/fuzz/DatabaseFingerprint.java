package dev.orbita.web.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a write would leave behind, in one statement: the rows of every main table and of the audit
 * trail, and the sum of the versions of owned records, users and teams (any update raises one). Two
 * equal fingerprints around a refused request mean that it wrote nothing. Tables written after the
 * commit of an earlier request (recent changes, the event outbox) are left out.
 */
public final class DatabaseFingerprint {

    private static final List<String> COUNTED = List.of("accounts", "account_phones", "account_emails",
            "account_addresses", "account_tags", "contacts", "contact_phones", "contact_emails", "contact_tags",
            "contact_social_profiles", "contact_consents", "users", "user_roles", "teams", "api_tokens",
            "audit_entries", "role_scopes");
    private static final List<String> VERSIONED = List.of("accounts", "contacts", "users", "teams");

    private final JdbcTemplate jdbc;
    private final String sql;

    public DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> parts = new ArrayList<>();
        COUNTED.forEach(t -> parts.add("(select count(*) from " + t + ") as " + t));
        VERSIONED.forEach(t -> parts.add("(select coalesce(sum(version), 0) from " + t + ") as " + t + "_versions"));
        parts.add("(select count(revoked_at) from api_tokens) as revoked_tokens");
        this.sql = "select " + String.join(", ", parts);
    }

    public Map<String, Long> take() {
        return jdbc.queryForObject(sql, (rs, n) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getLong(i));
            }
            return values;
        });
    }
}
