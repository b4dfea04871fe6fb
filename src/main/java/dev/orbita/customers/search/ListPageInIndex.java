package dev.orbita.customers.search;

import dev.orbita.customers.search.ListFilterPredicate.Listed;
import dev.orbita.platform.AccessScope;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.Visibility;
import dev.orbita.search.SearchQuery;
import dev.orbita.web.PageQuery;
import dev.orbita.web.list.ChosenPage;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchResultTotal;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The page of a list filtered by {@code ?q=} and sorted by name, chosen in the search index (ADR 017):
 * the index sorts the matches by {@link NameSortKey} and returns the page's ids only (one more, to
 * know whether a next page exists), starting after the keyset cursor's row, or at the page's offset;
 * the total comes from the index's hit count, exact up to {@link PageQuery#EXACT_COUNT_LIMIT} and a
 * lower bound above. The list query then reads those rows in SQL, which stays the authority on the
 * filters and the caller's visibility. A list the index cannot page gets no page here: another sort,
 * a filter the index does not hold (the caller decides), an offset beyond the exact count, or a
 * database that orders text otherwise than the index ({@link DatabaseTextOrder}).
 */
@Component
public class ListPageInIndex {

    private static final Logger log = LoggerFactory.getLogger(ListPageInIndex.class);
    private static final String BY_NAME = "name";
    private static final int COUNTED = PageQuery.EXACT_COUNT_LIMIT + 1;

    private final EntityManager em;
    private final Visibility visibility;
    private final RecordTypes types;
    private final boolean sameOrder;

    ListPageInIndex(EntityManager em, Visibility visibility, RecordTypes types, JdbcTemplate jdbc) {
        this.em = em;
        this.visibility = visibility;
        this.types = types;
        this.sameOrder = DatabaseTextOrder.byCodePoint(jdbc);
        if (!sameOrder) {
            log.info("The database does not sort text by code point as the search index does: lists filtered"
                    + " with ?q= are sorted and paged in SQL (ADR 017)");
        }
    }

    /** The page of the contact list for {@code q} and the {@code filters}, if the index can choose it. */
    public Optional<ChosenPage> contacts(String q, IndexFilters filters, PageQuery page) {
        return page(Listed.CONTACT, q, filters, page);
    }

    /** The page of the account list for {@code q} and the {@code filters}, if the index can choose it. */
    public Optional<ChosenPage> accounts(String q, IndexFilters filters, PageQuery page) {
        return page(Listed.ACCOUNT, q, filters, page);
    }

    private Optional<ChosenPage> page(Listed listed, String q, IndexFilters filters, PageQuery page) {
        if (!sameOrder || !BY_NAME.equals(page.sortField()) || page.offset() > PageQuery.EXACT_COUNT_LIMIT) {
            return Optional.empty();
        }
        SearchQuery query = ListFilterPredicate.parse(q);
        AccessScope scope = visibility.readScope(listed.recordType);
        if (query == null || scope.isNone()) {
            return Optional.of(ChosenPage.EMPTY);
        }
        RecordType type = types.require(listed.recordType);
        SearchSession session = Search.session(em);
        // a page before a cursor and the last page run the other way and are turned back by fetchChosen (ADR 022)
        boolean reversed = page.reversed();
        PageQuery.Cursor cursor = reversed ? page.before() : page.after();
        boolean ascending = page.ascending() != reversed;
        SearchResultTotal counted = null;
        int rows = page.size();
        int number = -1;
        if (page.last()) {
            counted = count(session, listed, query, scope, type, filters);
            if (counted.isHitCountExact()) {
                long pages = Math.max(1, (counted.hitCount() + page.size() - 1) / page.size());
                rows = (int) Math.max(0, Math.min(page.size(), counted.hitCount() - (pages - 1) * page.size()));
                number = (int) Math.min(Integer.MAX_VALUE, pages - 1);
            }
        }
        SearchResult<UUID> result = session.search(listed.entity)
                .select(f -> f.id(UUID.class))
                .where(f -> {
                    var where = matches(f, listed, query, scope, type, filters);
                    if (cursor != null) {
                        where.filter(f.extension(LuceneExtension.get()).fromLuceneQuery(after(cursor, ascending)));
                    }
                    return where;
                })
                .sort(f -> ascending ? f.field(NameSortKey.FIELD).asc() : f.field(NameSortKey.FIELD).desc())
                .totalHitCountThreshold(cursor == null && counted == null ? COUNTED : rows + 1)
                .fetch((int) page.offset(), rows + 1);
        // after a cursor the page's hit count is what is left: the list's total is counted apart
        SearchResultTotal total = counted != null ? counted
                : cursor == null ? result.total() : count(session, listed, query, scope, type, filters);
        long hits = total.isHitCountExact() ? total.hitCount() : total.hitCountLowerBound();
        return Optional.of(reversed ? new ChosenPage(result.hits(), hits, total.isHitCountExact(), rows, number)
                : new ChosenPage(result.hits(), hits, total.isHitCountExact()));
    }

    private static SearchResultTotal count(SearchSession session, Listed listed, SearchQuery query, AccessScope scope,
            RecordType type, IndexFilters filters) {
        return session.search(listed.entity).select(f -> f.id(UUID.class))
                .where(f -> matches(f, listed, query, scope, type, filters))
                .totalHitCountThreshold(COUNTED).fetch(0).total();
    }

    private static BooleanPredicateClausesStep<?, ?> matches(SearchPredicateFactory f, Listed listed,
            SearchQuery query, AccessScope scope, RecordType type, IndexFilters filters) {
        var where = ListFilterPredicate.where(f, listed, query, scope, type);
        filters.addTo(f, where);
        return where;
    }

    /**
     * The rows after the cursor's, in the direction the index reads ({@code ascending}). A doc-values range: checked only on the
     * documents the filter matches, where a term range would walk the keys of the whole index.
     */
    private static org.apache.lucene.search.Query after(PageQuery.Cursor cursor, boolean ascending) {
        BytesRef key = new BytesRef(NameSortKey.of(cursor.sortValue(), cursor.id()));
        return ascending ? SortedSetDocValuesField.newSlowRangeQuery(NameSortKey.FIELD, key, null, false, false)
                : SortedSetDocValuesField.newSlowRangeQuery(NameSortKey.FIELD, null, key, false, false);
    }
}
