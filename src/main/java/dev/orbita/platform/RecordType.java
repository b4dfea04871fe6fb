package dev.orbita.platform;

import dev.orbita.shared.RecordRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the kernel knows of one kind of record, declared once by the module that owns it as a bean:
 * its type code, table, entity, URL base, label, search fields, whether changes are audited and
 * shown on the timeline, and where it sits in the navigation. Visibility scopes, history, search,
 * record-changed events and UI extension points are all keyed by {@link #code()}.
 *
 * @param code the type code, spelled as in {@link RecordRef} ({@code ACCOUNT})
 * @param table the main table (also the one whose size the planner estimates for counts)
 * @param entity the JPA entity class (Hibernate Search indexes it when it has search fields)
 * @param urlBase where the record's pages live ({@code /accounts}); its page is {@code urlBase/id}
 * @param apiBase the REST collection ({@code /api/v1/accounts}); history at {@code apiBase/id/history}
 * @param labelKey message key of the singular name ({@code record.account}); the plural is {@code labelKey + ".plural"}
 * @param navGroup where the list appears in the navigation, or {@code null} for none
 * @param auditFields the audited fields in form order, or {@code null} when no history is kept
 * @param onTimeline whether changes appear on the customer timeline
 * @param searchFields the indexed fields the global search looks in
 * @param titleSql the SQL expression of a record's name on the table aliased {@code t} ({@code t.name}),
 *        used wherever another record shows this one's name ({@link RecordLabels})
 * @param customerColumn the column naming the customer account a record belongs to (for customer-portal
 *        principals, who see only their own customer's records), or {@code null}
 * @param recycleBin whether a deleted record goes to the recycle bin ({@link RecycleBin}, ADR 021): its table has
 *        {@code deleted_at} and {@code deleted_by}, every kernel read leaves binned rows out, and it can be restored
 *        at {@code apiBase/id/restore} until it is purged
 */
public record RecordType(String code, String table, Class<?> entity, String urlBase, String apiBase, String labelKey,
        NavGroup navGroup, AuditFields<?> auditFields, boolean onTimeline, List<SearchField> searchFields,
        String titleSql, String customerColumn, boolean recycleBin) {

    /** One indexed field of a record type and how the search matches it. */
    public record SearchField(String path, Match match) {
    }

    /** How a search field is matched. */
    public enum Match {
        /** Analysed text: words, accent folding, typo tolerance and prefixes. */
        TEXT,
        /** E-mail addresses: the whole address or its domain. */
        EMAIL,
        /** Phone digits stored reversed, matched by their ending (a number typed in any format). */
        PHONE_DIGITS_REVERSED,
        /** Digits only, matched whole (tax ids). */
        DIGITS
    }

    public RecordType {
        RecordRef.requireCode(code);
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(urlBase, "urlBase");
        Objects.requireNonNull(labelKey, "labelKey");
        searchFields = List.copyOf(searchFields);
        if (recycleBin && (entity == null || !OwnedRecord.class.isAssignableFrom(entity) || titleSql == null)) {
            throw new IllegalArgumentException("record type " + code
                    + ": a recycle bin needs an owned-record entity and a title");
        }
    }

    public RecordRef ref(UUID id) {
        return new RecordRef(code, id);
    }

    /** The record's page. */
    public String url(UUID id) {
        return urlBase + "/" + id;
    }

    public String pluralLabelKey() {
        return labelKey + ".plural";
    }

    /** Whether field-level history is kept (and a History tab shown). */
    public boolean audited() {
        return auditFields != null;
    }

    public boolean searchable() {
        return !searchFields.isEmpty();
    }

    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** Declares a record type step by step; only code, table, URL base and label are required. */
    public static final class Builder {
        private final String code;
        private String table;
        private Class<?> entity;
        private String urlBase;
        private String apiBase;
        private String labelKey;
        private NavGroup navGroup;
        private AuditFields<?> auditFields;
        private boolean onTimeline;
        private final List<SearchField> searchFields = new ArrayList<>();
        private String customerColumn;
        private String titleSql;
        private boolean recycleBin;

        private Builder(String code) {
            this.code = code;
        }

        public Builder table(String table) {
            this.table = table;
            return this;
        }

        public Builder entity(Class<?> entity) {
            this.entity = entity;
            return this;
        }

        public Builder urls(String urlBase, String apiBase) {
            this.urlBase = urlBase;
            this.apiBase = apiBase;
            return this;
        }

        public Builder label(String labelKey) {
            this.labelKey = labelKey;
            return this;
        }

        public Builder nav(NavGroup group) {
            this.navGroup = group;
            return this;
        }

        public Builder audited(AuditFields<?> fields) {
            this.auditFields = fields;
            return this;
        }

        public Builder onTimeline() {
            this.onTimeline = true;
            return this;
        }

        public Builder search(String path, Match match) {
            searchFields.add(new SearchField(path, match));
            return this;
        }

        /** The SQL expression of a record's name on the table aliased {@code t}. */
        public Builder title(String sql) {
            this.titleSql = sql;
            return this;
        }

        public Builder customerColumn(String column) {
            this.customerColumn = column;
            return this;
        }

        /**
         * Deleting a record moves it to the recycle bin, from where it can be restored until it is purged; the
         * table needs {@code deleted_at} and {@code deleted_by} (ADR 021).
         */
        public Builder recycleBin() {
            this.recycleBin = true;
            return this;
        }

        public RecordType build() {
            return new RecordType(code, table, entity, urlBase, apiBase, labelKey, navGroup, auditFields, onTimeline,
                    searchFields, titleSql, customerColumn, recycleBin);
        }
    }
}
