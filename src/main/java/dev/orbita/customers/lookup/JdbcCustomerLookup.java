package dev.orbita.customers.lookup;

import dev.orbita.customers.CustomerLookup;
import dev.orbita.customers.CustomerRecordTypes;
import dev.orbita.customers.CustomerSummary;
import dev.orbita.customers.CustomerSummary.Kind;
import dev.orbita.platform.RecordAccess;
import dev.orbita.shared.EmailAddress;
import dev.orbita.shared.InvalidValueException;
import dev.orbita.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link CustomerLookup} in SQL: by primary key, by {@code account_phones.number} and
 * {@code contact_phones.number} (E.164, indexed), by {@code account_emails.address} and
 * {@code contact_emails.address} (indexed), each restricted by {@link RecordAccess#visibleCondition}.
 */
@Component
class JdbcCustomerLookup implements CustomerLookup {

    private static final String ACCOUNTS = "select a.id, a.name, a.owner_id, a.team_id from accounts a where ";
    private static final String CONTACTS = "select c.id, c.first_name, c.last_name, c.account_id, c.owner_id, c.team_id"
            + " from contacts c where ";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final String defaultRegion;

    JdbcCustomerLookup(JdbcClient jdbc, RecordAccess access, @Value("${orbita.default-region:BR}") String defaultRegion) {
        this.jdbc = jdbc;
        this.access = access;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public Optional<CustomerSummary> account(UUID id) {
        return id == null ? Optional.empty()
                : accounts("a.id = :id", new HashMap<>(Map.of("id", id))).stream().findFirst();
    }

    @Override
    public Optional<CustomerSummary> contact(UUID id) {
        return id == null ? Optional.empty()
                : contacts("c.id = :id", new HashMap<>(Map.of("id", id))).stream().findFirst();
    }

    @Override
    public List<CustomerSummary> byPhone(String anyFormat) {
        String number;
        try {
            number = PhoneNumber.parse(anyFormat, defaultRegion).e164();
        } catch (InvalidValueException notAPhoneNumber) {
            return List.of();
        }
        List<CustomerSummary> found = new ArrayList<>(accounts(
                "a.id in (select x.account_id from account_phones x where x.number = :number)",
                new HashMap<>(Map.of("number", number))));
        found.addAll(contacts("c.id in (select x.contact_id from contact_phones x where x.number = :number)",
                new HashMap<>(Map.of("number", number))));
        return List.copyOf(found);
    }

    @Override
    public List<CustomerSummary> byEmail(String address) {
        String stored;
        try {
            stored = EmailAddress.of(address).value();
        } catch (InvalidValueException notAnAddress) {
            return List.of();
        }
        List<String> forms = List.copyOf(new LinkedHashSet<>(List.of(stored, stored.toLowerCase(Locale.ROOT))));
        List<CustomerSummary> found = new ArrayList<>(accounts(
                "a.id in (select x.account_id from account_emails x where x.address in (:addresses))",
                new HashMap<>(Map.of("addresses", forms))));
        found.addAll(contacts("c.id in (select x.contact_id from contact_emails x where x.address in (:addresses))",
                new HashMap<>(Map.of("addresses", forms))));
        return List.copyOf(found);
    }

    private List<CustomerSummary> accounts(String where, Map<String, Object> params) {
        String sql = ACCOUNTS + where + visible(CustomerRecordTypes.ACCOUNT, "a", params)
                + " order by a.sort_name, a.id fetch first " + MAX_MATCHES + " rows only";
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new CustomerSummary(Kind.ACCOUNT, id, rs.getString("name"), id, rs.getObject("owner_id", UUID.class),
                    rs.getObject("team_id", UUID.class));
        }).list();
    }

    private List<CustomerSummary> contacts(String where, Map<String, Object> params) {
        String sql = CONTACTS + where + visible(CustomerRecordTypes.CONTACT, "c", params)
                + " order by c.sort_name, c.id fetch first " + MAX_MATCHES + " rows only";
        return jdbc.sql(sql).params(params).query(JdbcCustomerLookup::contact).list();
    }

    private static CustomerSummary contact(ResultSet rs, int row) throws SQLException {
        String name = Stream.of(rs.getString("first_name"), rs.getString("last_name"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return new CustomerSummary(Kind.CONTACT, rs.getObject("id", UUID.class), name,
                rs.getObject("account_id", UUID.class), rs.getObject("owner_id", UUID.class),
                rs.getObject("team_id", UUID.class));
    }

    private String visible(String type, String alias, Map<String, Object> params) {
        String condition = access.visibleCondition(type, alias, params);
        return condition == null ? "" : " and " + condition;
    }
}
