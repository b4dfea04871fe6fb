package dev.orbita.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a module may learn of a record of another module's type knowing only its type code and id, without
 * reaching into that module: whether the caller may see it, the customer account it belongs to, and the SQL
 * condition "the record this column points at is visible" for list queries. Everything goes through the record
 * type's declaration ({@link RecordType#table()}, {@link RecordType#customerColumn()}) and
 * {@link RecordAccess#visibleCondition}, so a record in the recycle bin is never visible here.
 */
@Component
public class RecordLookup {

    private final RecordTypes types;
    private final RecordAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    RecordLookup(RecordTypes types, RecordAccess access, NamedParameterJdbcTemplate jdbc) {
        this.types = types;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Whether the record exists, is live and the caller may read it; an unknown type is never visible. */
    @Transactional(readOnly = true)
    public boolean visible(String type, UUID id) {
        if (id == null || types.find(type).isEmpty()) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        String condition = visibleReference(type, ":lookupId", params);
        params.put("lookupId", id);
        Boolean found = jdbc.queryForObject("select case when " + condition + " then true else false end", params,
                Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    /**
     * The customer account of a live record (its {@link RecordType#customerColumn()}), whether or not the caller
     * may see it: for a module that stamps the account on its own rows (an interaction logged for a contact).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> customerAccountOf(String type, UUID id) {
        RecordType recordType = types.find(type).orElse(null);
        if (id == null || recordType == null || recordType.customerColumn() == null) {
            return Optional.empty();
        }
        String live = recordType.recycleBin() ? " and " + RecordAccess.liveCondition("t") : "";
        return jdbc.query("select t." + recordType.customerColumn() + " as customer from " + recordType.table()
                + " t where t.id = :id" + live, Map.of("id", id),
                rs -> rs.next() ? Optional.ofNullable(rs.getObject("customer", UUID.class)) : Optional.empty());
    }

    /**
     * An SQL condition that holds when the record of this type whose id is {@code idExpression} (a column such as
     * {@code i.contact_id}, or a parameter) exists and the caller may read it; its parameters go into
     * {@code params}. The alias follows the expression, so that one query may hold several.
     */
    public String visibleReference(String type, String idExpression, Map<String, Object> params) {
        RecordType recordType = types.require(type);
        String alias = "ref_" + idExpression.replaceAll("\\W", "_");
        String visible = access.visibleCondition(type, alias, params);
        return "exists (select 1 from " + recordType.table() + " " + alias + " where " + alias + ".id = "
                + idExpression + (visible == null ? "" : " and " + visible) + ")";
    }
}
