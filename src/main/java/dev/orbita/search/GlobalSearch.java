package dev.orbita.search;

import dev.orbita.platform.AccessScope;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.Visibility;
import dev.orbita.shared.InvalidValueException;
import dev.orbita.shared.PhoneNumber;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search runner: searches every {@link RecordType} that declares search fields, with the
 * caller's read scope of that type rendered as a Lucene filter by {@link VisibilityFilter}, and merges
 * the hits by score. A module makes its records searchable by declaring the type's search fields
 * ({@link RecordType.Builder#search}); it writes no query and no visibility filter of its own.
 *
 * <p>What the entity of a searchable type must index ({@link SearchableTypeCheck} checks it at start:
 * a missing field, or one indexed otherwise than its {@code Match} needs, fails the start):
 * <ul>
 * <li>every declared search field, by its path: {@code TEXT} as a full-text field (analyzer
 * {@code orbita_text}), {@code EMAIL} with the {@code orbita_email} analyzer and the
 * {@code orbita_email_query} search analyzer (as {@code shared.contact.EmailEntry} does in
 * {@code addressParts}), {@code PHONE_DIGITS_REVERSED} and {@code DIGITS} as keyword fields;</li>
 * <li>a projectable field {@code name}, the hit's title, and a projectable field {@code subtitle},
 * the hit's second line (may be empty);</li>
 * <li>{@code ownerId} and {@code teamId}, as {@code platform.OwnedRecord} does, and
 * {@code customerAccountId} when the type has a customer column.</li>
 * </ul>
 * The document id is the record id (a UUID); a hit links to {@link RecordType#url}.
 */
@Service
public class GlobalSearch {

    private final List<Searchable> types;
    private final Visibility visibility;
    private final EntityManager em;
    private final String defaultRegion;

    /** A searchable record type and its match predicate builder. */
    private record Searchable(RecordType type, MatchPredicate match) {
    }

    GlobalSearch(RecordTypes recordTypes, Visibility visibility, EntityManager em, EntityManagerFactory emf,
            @Value("${orbita.default-region:BR}") String defaultRegion) {
        this.visibility = visibility;
        this.em = em;
        this.defaultRegion = defaultRegion;
        List<Searchable> searchable = new ArrayList<>();
        for (RecordType type : recordTypes.all()) {
            if (type.searchable()) {
                SearchableTypeCheck.check(type, Search.mapping(emf));
                searchable.add(new Searchable(type, new MatchPredicate(type)));
            }
        }
        this.types = List.copyOf(searchable);
    }

    /** The record types the search looks in, in declaration order. */
    public List<RecordType> types() {
        return types.stream().map(Searchable::type).toList();
    }

    @Transactional(readOnly = true)
    public SearchResults search(String q, int limit) {
        SearchQuery query = SearchQuery.parse(q);
        List<SearchHit> hits = new ArrayList<>();
        if (visibility.currentUser().isPresent()) {
            List<String> numbers = numbers(query);
            for (Searchable searchable : types) {
                AccessScope scope = visibility.readScope(searchable.type().code());
                if (!scope.isNone()) {
                    hits.addAll(run(searchable, query, numbers, scope, limit));
                }
            }
        }
        hits.sort(Comparator.comparing(SearchHit::score).reversed().thenComparing(SearchHit::title,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return new SearchResults(query.text(), hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits);
    }

    /** Up to {@code limit} visible records of one type matching {@code q}, best first (the record picker's). */
    @Transactional(readOnly = true)
    public List<SearchHit> searchType(String typeCode, String q, int limit) {
        SearchQuery query = SearchQuery.parse(q);
        Optional<Searchable> searchable = searchable(typeCode);
        if (searchable.isEmpty() || query.text().isEmpty() || visibility.currentUser().isEmpty()) {
            return List.of();
        }
        AccessScope scope = visibility.readScope(typeCode);
        return scope.isNone() ? List.of() : run(searchable.get(), query, numbers(query), scope, limit);
    }

    /** The record of this type and id as a hit, when the caller may see it: the title of a picker's value. */
    @Transactional(readOnly = true)
    public Optional<SearchHit> visible(String typeCode, UUID id) {
        Optional<Searchable> searchable = searchable(typeCode);
        if (searchable.isEmpty() || id == null || visibility.currentUser().isEmpty()) {
            return Optional.empty();
        }
        RecordType type = searchable.get().type();
        AccessScope scope = visibility.readScope(typeCode);
        if (scope.isNone()) {
            return Optional.empty();
        }
        List<List<?>> rows = Search.session(em).search(type.entity())
                .select(f -> f.composite().from(f.id(UUID.class), f.field("name", String.class),
                        f.field("subtitle", String.class)).asList())
                .where(f -> {
                    var where = f.bool().must(f.id().matching(id));
                    if (!scope.isAll()) {
                        where.filter(VisibilityFilter.of(f, scope, type));
                    }
                    return where;
                })
                .fetchHits(1);
        return rows.stream().findFirst().map(row -> new SearchHit(type.code(), id, (String) row.get(1),
                (String) row.get(2), type.url(id), 0f));
    }

    private Optional<Searchable> searchable(String typeCode) {
        return types.stream().filter(s -> s.type().code().equals(typeCode)).findFirst();
    }

    private List<SearchHit> run(Searchable searchable, SearchQuery query, List<String> numbers, AccessScope scope,
            int limit) {
        RecordType type = searchable.type();
        List<List<?>> rows = Search.session(em).search(type.entity())
                .select(f -> f.composite().from(f.id(UUID.class), f.field("name", String.class),
                        f.field("subtitle", String.class), f.score()).asList())
                .where(f -> {
                    var where = f.bool().must(searchable.match().of(f, query, numbers));
                    if (!scope.isAll()) {
                        where.filter(VisibilityFilter.of(f, scope, type));
                    }
                    return where;
                })
                .fetchHits(limit);
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            UUID id = (UUID) row.get(0);
            hits.add(new SearchHit(type.code(), id, (String) row.get(1), (String) row.get(2), type.url(id),
                    (Float) row.get(3)));
        }
        return hits;
    }

    /** The query's digits, and its E.164 digits when it reads as a phone number of the installation's country. */
    private List<String> numbers(SearchQuery query) {
        if (!query.looksNumeric()) {
            return List.of();
        }
        Set<String> numbers = new LinkedHashSet<>();
        numbers.add(query.digits());
        try {
            numbers.add(PhoneNumber.parse(query.text(), defaultRegion).digits());
        } catch (InvalidValueException notAPhone) {
            // digits of something else: a tax id, a phone of another country typed without its prefix
        }
        return List.copyOf(numbers);
    }
}
