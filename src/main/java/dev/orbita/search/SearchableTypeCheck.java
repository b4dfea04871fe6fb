package dev.orbita.search;

import dev.orbita.platform.RecordType;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/** Whether a record type's entity indexes what the search needs of it (see {@link GlobalSearch}). */
final class SearchableTypeCheck {

    static final String EMAIL_ANALYZER = "orbita_email";
    static final String EMAIL_QUERY_ANALYZER = "orbita_email_query";

    private SearchableTypeCheck() {
    }

    /** Throws {@link IllegalStateException} naming the first gap. */
    static void check(RecordType type, SearchMapping mapping) {
        IndexDescriptor index = mapping.allIndexedEntities().stream()
                .filter(e -> e.javaClass().equals(type.entity())).findFirst().map(e -> e.indexManager().descriptor())
                .orElseThrow(() -> new IllegalStateException("record type " + type.code()
                        + " declares search fields but its entity (" + type.entity() + ") is not @Indexed"));
        for (RecordType.SearchField field : type.searchFields()) {
            IndexValueFieldTypeDescriptor indexed = require(type, index, field.path(), false);
            String analyzer = indexed.analyzerName().orElse(null);
            boolean fits = switch (field.match()) {
                case TEXT -> analyzer != null;
                case EMAIL -> EMAIL_ANALYZER.equals(analyzer)
                        && EMAIL_QUERY_ANALYZER.equals(indexed.searchAnalyzerName().orElse(null));
                case PHONE_DIGITS_REVERSED, DIGITS -> analyzer == null
                        && String.class.equals(indexed.dslArgumentClass());
            };
            if (!fits) {
                throw new IllegalStateException("record type " + type.code() + ": field " + field.path() + " of "
                        + type.entity().getSimpleName() + " is not indexed as " + field.match()
                        + " needs (see GlobalSearch)");
            }
        }
        require(type, index, "name", true);
        require(type, index, "subtitle", true);
        require(type, index, VisibilityFilter.OWNER, false);
        require(type, index, VisibilityFilter.TEAM, false);
        if (type.customerColumn() != null) {
            require(type, index, VisibilityFilter.CUSTOMER, false);
        }
    }

    private static IndexValueFieldTypeDescriptor require(RecordType type, IndexDescriptor index, String path,
            boolean projectable) {
        IndexFieldDescriptor field = index.field(path).filter(IndexFieldDescriptor::isValueField)
                .orElseThrow(() -> new IllegalStateException("record type " + type.code() + ": the index of "
                        + type.entity().getSimpleName() + " has no field " + path));
        if (projectable && !field.toValueField().type().projectable()) {
            throw new IllegalStateException("record type " + type.code() + ": field " + path
                    + " of " + type.entity().getSimpleName() + " must be projectable");
        }
        return field.toValueField().type();
    }
}
