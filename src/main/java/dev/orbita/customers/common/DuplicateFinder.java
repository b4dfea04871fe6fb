package dev.orbita.customers.common;

import dev.orbita.customers.CustomerRecordTypes;
import dev.orbita.platform.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds other accounts and contacts that share an email, a phone or a tax id with a record being
 * written: a warning for the user, limited to records they may see.
 */
@Component
public class DuplicateFinder {

    /** How many possible duplicates are reported at most. */
    static final int MAX_MATCHES = 10;

    /**
     * A possible duplicate.
     * @param matchedOn the shared values (normalized e-mail, E.164 phone, tax id digits), comma-separated
     */
    public record Match(String type, UUID id, String name, String matchedOn) {
    }

    /* the order in which shared values are listed */
    private static final int EMAIL = 1;
    private static final int PHONE = 2;
    private static final int TAX_ID = 3;

    /* records in the recycle bin are no duplicates (ADR 021) */
    private static final String LIVE_ACCOUNT = " and " + dev.orbita.platform.RecordAccess.liveCondition("a");
    private static final String LIVE_CONTACT = " and " + dev.orbita.platform.RecordAccess.liveCondition("c");

    private static final String CONTACT_NAME = "coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Visibility visibility;

    DuplicateFinder(NamedParameterJdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    public List<Match> find(UUID excludeId, Collection<String> emails, Collection<String> phones, String taxId) {
        Map<String, Object> params = new HashMap<>();
        List<String> branches = new ArrayList<>();
        if (!emails.isEmpty()) {
            params.put("emails", List.copyOf(emails));
            branches.add(accountBranch(EMAIL, "x.address",
                    "account_emails x join accounts a on a.id = x.account_id where x.address in (:emails)" + LIVE_ACCOUNT));
            branches.add(contactBranch(EMAIL, "x.address",
                    "contact_emails x join contacts c on c.id = x.contact_id where x.address in (:emails)" + LIVE_CONTACT));
        }
        if (!phones.isEmpty()) {
            params.put("phones", List.copyOf(phones));
            branches.add(accountBranch(PHONE, "x.number",
                    "account_phones x join accounts a on a.id = x.account_id where x.number in (:phones)" + LIVE_ACCOUNT));
            branches.add(contactBranch(PHONE, "x.number",
                    "contact_phones x join contacts c on c.id = x.contact_id where x.number in (:phones)" + LIVE_CONTACT));
        }
        if (taxId != null) {
            params.put("taxId", taxId);
            branches.add(accountBranch(TAX_ID, "a.tax_id", "accounts a where a.tax_id = :taxId" + LIVE_ACCOUNT));
            branches.add(contactBranch(TAX_ID, "c.tax_id", "contacts c where c.tax_id = :taxId" + LIVE_CONTACT));
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        Map<UUID, Found> found = new LinkedHashMap<>();
        jdbc.query(String.join(" union all ", branches) + " order by key_rank", params, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (id.equals(excludeId)) {
                return;
            }
            Found known = found.get(id);
            if (known == null) {
                String type = rs.getString("type");
                if (found.size() >= MAX_MATCHES || !visibility.readScope(type).permits(
                        rs.getObject("owner_id", UUID.class), rs.getObject("team_id", UUID.class),
                        rs.getObject("customer_id", UUID.class))) {
                    return;
                }
                known = new Found(type, rs.getString("name").strip());
                found.put(id, known);
            }
            known.matched().add(rs.getString("matched"));
        });
        return found.entrySet().stream().map(e -> new Match(e.getValue().type(), e.getKey(), e.getValue().name(),
                String.join(", ", e.getValue().matched()))).toList();
    }

    private record Found(String type, String name, Set<String> matched) {
        Found(String type, String name) {
            this(type, name, new LinkedHashSet<>());
        }
    }

    /*
     * Every branch of the union names every column itself, whichever branches the record's data
     * leaves out; the customer column is the one RecordType declares for portal scopes.
     */
    private static String accountBranch(int rank, String matched, String fromWhere) {
        return branch(CustomerRecordTypes.ACCOUNT, "a.id", "a.name", "a.owner_id", "a.team_id", "a.id", rank,
                matched, fromWhere);
    }

    private static String contactBranch(int rank, String matched, String fromWhere) {
        return branch(CustomerRecordTypes.CONTACT, "c.id", CONTACT_NAME, "c.owner_id", "c.team_id", "c.account_id",
                rank, matched, fromWhere);
    }

    private static String branch(String type, String id, String name, String owner, String team, String customer,
            int rank, String matched, String fromWhere) {
        return "select '" + type + "' as type, " + id + " as id, " + name + " as name, " + owner + " as owner_id, "
                + team + " as team_id, " + customer + " as customer_id, " + rank + " as key_rank, " + matched
                + " as matched from " + fromWhere;
    }
}
