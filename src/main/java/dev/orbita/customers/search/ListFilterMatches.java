package dev.orbita.customers.search;

import dev.orbita.customers.search.ListFilterPredicate.Listed;
import dev.orbita.platform.AccessScope;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.Visibility;
import dev.orbita.search.SearchQuery;
import dev.orbita.web.PageQuery;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The ids of the accounts or contacts a list's {@code ?q=} matches, from the search index (ADR 014),
 * for the lists the index cannot page itself ({@link ListPageInIndex}: another sort, a filter the
 * index does not hold): the list query then keeps its other filters, the caller's visibility, its
 * sort and keyset paging in SQL, on {@code id in (…)}.
 */
@Component
public class ListFilterMatches {

    /**
     * At most this many ids (the best matches first) go into the list query: one more than the list
     * counts exactly, so that a filter matching more is shown as an estimate.
     */
    public static final int MAX_IDS = PageQuery.EXACT_COUNT_LIMIT + 1;
    private static final int FIRST_FETCH = 2_000;
    /** Stands for "nothing matched": {@code id in (…)} needs one value. */
    private static final List<UUID> NOTHING = List.of(new UUID(0, 0));

    private final EntityManager em;
    private final Visibility visibility;
    private final RecordTypes types;
    private final boolean postgres;

    ListFilterMatches(EntityManager em, Visibility visibility, RecordTypes types, DataSource dataSource)
            throws SQLException {
        this.em = em;
        this.visibility = visibility;
        this.types = types;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    /** The list condition for {@code ?q=} on the contacts' id column; its parameter goes into {@code params}. */
    public String contacts(String idColumn, String q, Map<String, Object> params) {
        return condition(idColumn, ids(Listed.CONTACT, q), params);
    }

    /** The list condition for {@code ?q=} on the accounts' id column; its parameter goes into {@code params}. */
    public String accounts(String idColumn, String q, Map<String, Object> params) {
        return condition(idColumn, ids(Listed.ACCOUNT, q), params);
    }

    /**
     * The ids as a table the rows are joined to, so that they are looked up by key and only the matches
     * are sorted. PostgreSQL must not know how many there are: with an {@code in (…)} list or a VALUES
     * table of a few hundred ids it walks the whole sort index testing every row, or reads the whole
     * table into a hash join (60–260 ms at 100 000 contacts); a JSON array's elements are planned as a
     * handful of rows, hence a key lookup each. H2 joins a VALUES table by key.
     */
    private String condition(String idColumn, List<UUID> ids, Map<String, Object> params) {
        if (postgres) {
            params.put("q_ids", ids.stream().map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(",", "[", "]")));
            return idColumn + " in (select cast(q_match.value as uuid)"
                    + " from json_array_elements_text(cast(:q_ids as json)) q_match)";
        }
        params.put("q_ids", ids.stream().map(id -> new Object[] {id}).toList());
        return idColumn + " in (select q_match.id from (values :q_ids) q_match(id))";
    }

    private List<UUID> ids(Listed listed, String q) {
        SearchQuery query = ListFilterPredicate.parse(q);
        if (query == null) {
            return NOTHING;
        }
        AccessScope scope = visibility.readScope(listed.recordType);
        if (scope.isNone()) {
            return NOTHING;
        }
        var type = types.require(listed.recordType);
        org.hibernate.search.engine.search.query.SearchQuery<UUID> search = Search.session(em)
                .search(listed.entity)
                .select(f -> f.id(UUID.class))
                .where(f -> ListFilterPredicate.where(f, listed, query, scope, type))
                .toQuery();
        // most filters match far fewer than the cap: collect into a small queue first
        List<UUID> ids = search.fetchHits(FIRST_FETCH);
        if (ids.size() == FIRST_FETCH) {
            ids = search.fetchHits(MAX_IDS);
        }
        return ids.isEmpty() ? NOTHING : ids;
    }
}
