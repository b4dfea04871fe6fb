package dev.orbita.search;

import dev.orbita.platform.AccessScope;
import dev.orbita.platform.RecordType;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The caller's read scope of one record type as a Lucene filter: the third rendering of
 * {@link AccessScope} next to {@code permits} and {@code sqlCondition}, and the only one in the
 * search. It filters on the fields that {@code platform.OwnedRecord} indexes. Modules that query an
 * index of their own records (the customers' list filter) use it too, so that the index keeps to the
 * same scope as SQL.
 */
public final class VisibilityFilter {

    static final String OWNER = "ownerId";
    static final String TEAM = "teamId";
    static final String CUSTOMER = "customerAccountId";

    private VisibilityFilter() {
    }

    /**
     * ALL → every document; OWN → the user's; TEAM → the user's and those of the user's teams;
     * CUSTOMER → those of the principal's customer account if the type has a customer column, else none;
     * NONE (or a scope without its user or customer) → none.
     */
    public static SearchPredicate of(SearchPredicateFactory f, AccessScope scope, RecordType type) {
        if (scope.isNone()) {
            return f.matchNone().toPredicate();
        }
        return switch (scope.scope()) {
            case ALL -> f.matchAll().toPredicate();
            case NONE -> f.matchNone().toPredicate();
            case OWN -> f.match().field(OWNER).matching(scope.userId()).toPredicate();
            case TEAM -> scope.teamIds().isEmpty() ? f.match().field(OWNER).matching(scope.userId()).toPredicate()
                    : f.bool().should(f.match().field(OWNER).matching(scope.userId()))
                            .should(f.terms().field(TEAM).matchingAny(scope.teamIds())).toPredicate();
            case CUSTOMER -> type.customerColumn() == null ? f.matchNone().toPredicate()
                    : f.match().field(CUSTOMER).matching(scope.customerId()).toPredicate();
        };
    }
}
