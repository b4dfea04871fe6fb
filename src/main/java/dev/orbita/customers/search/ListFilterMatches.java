package dev.orbita.customers.search;

import dev.orbita.customers.CustomerRecordTypes;
import dev.orbita.customers.account.Account;
import dev.orbita.customers.contact.Contact;
import dev.orbita.platform.AccessScope;
import dev.orbita.platform.Scope;
import dev.orbita.platform.Visibility;
import dev.orbita.search.SearchQuery;
import dev.orbita.web.PageQuery;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The ids of the accounts or contacts a list's {@code ?q=} matches, from the search index (ADR 014):
 * every word is the start of a word of the name, or the whole text is the start of an e-mail address,
 * or its digits end a phone number (or are the tax id). The list query then keeps its other filters,
 * the caller's visibility, its sort and keyset paging in SQL, on {@code id in (…)}.
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
    private static final String[] ACCOUNT_NAMES = { "name", "legalName" };
    private static final String[] CONTACT_NAMES = { "name" };

    private final EntityManager em;
    private final Visibility visibility;
    private final boolean postgres;

    ListFilterMatches(EntityManager em, Visibility visibility, DataSource dataSource) throws SQLException {
        this.em = em;
        this.visibility = visibility;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    /** The list condition for {@code ?q=} on the contacts' id column; its parameter goes into {@code params}. */
    public String contacts(String idColumn, String q, Map<String, Object> params) {
        return condition(idColumn, ids(Contact.class, CustomerRecordTypes.CONTACT, CONTACT_NAMES, q), params);
    }

    /** The list condition for {@code ?q=} on the accounts' id column; its parameter goes into {@code params}. */
    public String accounts(String idColumn, String q, Map<String, Object> params) {
        return condition(idColumn, ids(Account.class, CustomerRecordTypes.ACCOUNT, ACCOUNT_NAMES, q), params);
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

    private List<UUID> ids(Class<?> type, String recordType, String[] nameFields, String q) {
        if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return NOTHING; // punctuation alone matches no name, address or number
        }
        SearchQuery query = SearchQuery.parse(q);
        AccessScope scope = visibility.readScope(recordType);
        if (scope.isNone()) {
            return NOTHING;
        }
        org.hibernate.search.engine.search.query.SearchQuery<UUID> search = Search.session(em).search(type)
                .select(f -> f.id(UUID.class))
                .where(f -> {
                    var match = f.bool().must(matching(f, nameFields, query));
                    SearchPredicate visible = visible(f, scope);
                    return visible == null ? match : match.filter(visible);
                })
                .toQuery();
        // most filters match far fewer than the cap: collect into a small queue first
        List<UUID> ids = search.fetchHits(FIRST_FETCH);
        if (ids.size() == FIRST_FETCH) {
            ids = search.fetchHits(MAX_IDS);
        }
        return ids.isEmpty() ? NOTHING : ids;
    }

    private static SearchPredicate matching(SearchPredicateFactory f, String[] nameFields, SearchQuery query) {
        var any = f.bool();
        var name = f.bool();
        for (String word : query.words()) {
            name.must(f.bool()
                    .should(f.match().fields(nameFields).matching(word).boost(2f))
                    .should(f.wildcard().fields(nameFields).matching(word + "*")));
        }
        any.should(name);
        String address = wildcardSafe(fold(query.text()));
        if (!address.isEmpty() && address.indexOf(' ') < 0) {
            any.should(f.wildcard().field("emails.addressParts").matching(address + "*").boost(3f));
        }
        String digits = query.digits();
        if (digits.length() >= 4 && query.text().chars().noneMatch(Character::isLetter)) {
            any.should(f.wildcard().field("phones.digitsReversed")
                    .matching(new StringBuilder(digits).reverse() + "*").boost(3f));
            any.should(f.match().field("taxIdDigits").matching(digits).boost(3f));
        }
        return any.toPredicate();
    }

    /** The caller's read scope as an index filter ({@code null}: everything, or left to SQL alone). */
    private static SearchPredicate visible(SearchPredicateFactory f, AccessScope scope) {
        if (scope.isAll() || scope.scope() == Scope.CUSTOMER) {
            return null; // portal scopes (by customer account) are applied by the SQL condition only
        }
        var visible = f.bool().should(f.match().field("ownerId").matching(scope.userId()));
        if (scope.scope() == Scope.TEAM && !scope.teamIds().isEmpty()) {
            visible.should(f.terms().field("teamId").matchingAny(scope.teamIds()));
        }
        return visible.toPredicate();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .strip();
    }

    private static String wildcardSafe(String text) {
        return text.replace("\\", "").replace("*", "").replace("?", "");
    }
}
