package dev.orbita.customers.search;

import dev.orbita.customers.account.Account;
import dev.orbita.customers.contact.Contact;
import dev.orbita.platform.AccessScope;
import dev.orbita.search.SearchContributor;
import dev.orbita.search.SearchHit;
import dev.orbita.search.SearchQuery;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and contacts in the global search, by name, email, phone digits and tax id. */
@Component
class CustomerSearchContributor implements SearchContributor {

    private static final String[] ACCOUNT_TEXT = { "name", "legalName", "emails.address" };
    private static final String[] CONTACT_TEXT = { "name", "jobTitle", "emails.address" };

    private final EntityManager em;
    private final dev.orbita.platform.Visibility visibility;

    CustomerSearchContributor(EntityManager em, dev.orbita.platform.Visibility visibility) {
        this.em = em;
        this.visibility = visibility;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(run(Account.class, "ACCOUNT", "/accounts/", ACCOUNT_TEXT, query, limit));
        hits.addAll(run(Contact.class, "CONTACT", "/contacts/", CONTACT_TEXT, query, limit));
        return hits;
    }

    private List<SearchHit> run(Class<?> type, String kind, String urlBase, String[] textFields, SearchQuery query,
            int limit) {
        List<List<?>> rows = Search.session(em).search(type)
                .select(f -> f.composite().from(f.id(UUID.class), f.field("name", String.class),
                        f.field("subtitle", String.class), f.score()).asList())
                .where(f -> f.bool().must(predicate(f, textFields, query, visibility.readScope(kind))))
                .fetchHits(limit);
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            UUID id = (UUID) row.get(0);
            hits.add(new SearchHit(kind, id, (String) row.get(1), (String) row.get(2), urlBase + id,
                    (Float) row.get(3)));
        }
        return hits;
    }

    static SearchPredicate predicate(SearchPredicateFactory f, String[] textFields, SearchQuery query,
            AccessScope scope) {
        var allWords = f.bool();
        for (String word : query.words()) {
            var alternatives = f.bool();
            alternatives.should(f.match().fields(textFields).matching(word).boost(2f));
            if (word.length() >= 4) {
                alternatives.should(f.match().fields(textFields).matching(word).fuzzy(1));
            }
            alternatives.should(f.wildcard().fields(textFields).matching(word + "*"));
            if (word.chars().allMatch(Character::isDigit) && word.length() >= 4) {
                alternatives.should(f.wildcard().field("phones.digitsReversed")
                        .matching(new StringBuilder(word).reverse() + "*"));
                alternatives.should(f.match().field("taxIdDigits").matching(word));
            }
            allWords.must(alternatives);
        }
        SearchPredicate text = allWords.toPredicate();
        SearchPredicate match = text;
        if (query.looksNumeric()) {
            match = f.bool()
                    .should(text)
                    .should(f.wildcard().field("phones.digitsReversed")
                            .matching(new StringBuilder(query.digits()).reverse() + "*").boost(3f))
                    .should(f.match().field("taxIdDigits").matching(query.digits()).boost(3f))
                    .toPredicate();
        }
        if (scope.isAll()) {
            return match;
        }
        var visible = f.bool();
        if (scope.userId() != null) {
            visible.should(f.match().field("ownerId").matching(scope.userId()));
        }
        if (!scope.teamIds().isEmpty() && scope.scope() == dev.orbita.platform.Scope.TEAM) {
            visible.should(f.terms().field("teamId").matchingAny(scope.teamIds()));
        }
        if (scope.isNone() || scope.userId() == null) {
            visible.must(f.matchNone());
        }
        return f.bool().must(match).filter(visible).toPredicate();
    }
}
