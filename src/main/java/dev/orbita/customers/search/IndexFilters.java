package dev.orbita.customers.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * List filters the account or contact index holds as fields of its own (owner, team, stage, account …),
 * so that the index can choose a filtered list's page (ADR 017): a field equal to a value, or a field
 * present or absent. A null value is no filter.
 */
public final class IndexFilters {

    private final Map<String, Object> equal = new LinkedHashMap<>();
    private final Map<String, Boolean> present = new LinkedHashMap<>();

    public IndexFilters equal(String field, Object value) {
        if (value != null) {
            equal.put(field, value);
        }
        return this;
    }

    /** {@code true}: the field has a value; {@code false}: it has none; {@code null}: either. */
    public IndexFilters present(String field, Boolean isPresent) {
        if (isPresent != null) {
            present.put(field, isPresent);
        }
        return this;
    }

    void addTo(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> where) {
        equal.forEach((field, value) -> where.filter(f.match().field(field).matching(value)));
        present.forEach((field, isPresent) -> {
            if (isPresent) {
                where.filter(f.exists().field(field));
            } else {
                where.mustNot(f.exists().field(field));
            }
        });
    }
}
