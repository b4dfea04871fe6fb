package dev.orbita.customers.common;

import dev.orbita.platform.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds other accounts and contacts that share an email, a phone or a tax id with a record being
 * written: a warning for the user, limited to records they may see.
 */
@Component
public class DuplicateFinder {

    /** A possible duplicate. */
    public record Match(String type, UUID id, String name, String matchedOn) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Visibility visibility;

    DuplicateFinder(NamedParameterJdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    public List<Match> find(UUID excludeId, Collection<String> emails, Collection<String> phones, String taxId) {
        List<Match> found = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        List<String> parts = new ArrayList<>();
        String contactName = "coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')";
        if (!emails.isEmpty()) {
            params.put("emails", List.copyOf(emails));
            parts.add("select 'ACCOUNT' as type, a.id, a.name, a.owner_id, a.team_id, x.address as matched"
                    + " from account_emails x join accounts a on a.id = x.account_id where x.address in (:emails)");
            parts.add("select 'CONTACT', c.id, " + contactName + ", c.owner_id, c.team_id, x.address"
                    + " from contact_emails x join contacts c on c.id = x.contact_id where x.address in (:emails)");
        }
        if (!phones.isEmpty()) {
            params.put("phones", List.copyOf(phones));
            parts.add("select 'ACCOUNT' as type, a.id, a.name, a.owner_id, a.team_id, x.number as matched"
                    + " from account_phones x join accounts a on a.id = x.account_id where x.number in (:phones)");
            parts.add("select 'CONTACT', c.id, " + contactName + ", c.owner_id, c.team_id, x.number"
                    + " from contact_phones x join contacts c on c.id = x.contact_id where x.number in (:phones)");
        }
        if (taxId != null) {
            params.put("taxId", taxId);
            parts.add("select 'ACCOUNT' as type, a.id, a.name, a.owner_id, a.team_id, a.tax_id as matched from accounts a"
                    + " where a.tax_id = :taxId");
            parts.add("select 'CONTACT', c.id, " + contactName + ", c.owner_id, c.team_id, c.tax_id from contacts c"
                    + " where c.tax_id = :taxId");
        }
        if (parts.isEmpty()) {
            return found;
        }
        String sql = String.join(" union all ", parts);
        jdbc.query(sql, params, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (id.equals(excludeId)) {
                return;
            }
            if (visibility.readScope(rs.getString("type")).permits(rs.getObject("owner_id", UUID.class),
                    rs.getObject("team_id", UUID.class))
                    && found.stream().noneMatch(m -> m.id().equals(id))) {
                found.add(new Match(rs.getString("type"), id, rs.getString("name").strip(), rs.getString("matched")));
            }
        });
        return found.size() > 10 ? found.subList(0, 10) : found;
    }
}
