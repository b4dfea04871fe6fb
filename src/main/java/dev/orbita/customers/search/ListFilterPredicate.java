package dev.orbita.customers.search;

import dev.orbita.customers.CustomerRecordTypes;
import dev.orbita.customers.account.Account;
import dev.orbita.customers.contact.Contact;
import dev.orbita.platform.AccessScope;
import dev.orbita.platform.RecordType;
import dev.orbita.search.SearchQuery;
import dev.orbita.search.VisibilityFilter;
import java.text.Normalizer;
import java.util.Locale;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What a list's {@code ?q=} matches in the account or contact index (ADR 014): every word starts a
 * word of the name, or the whole text starts an e-mail address, or its digits end a phone number (or
 * are the tax id); within the caller's read scope.
 */
final class ListFilterPredicate {

    /** The indexed entity of a list, its record type and the name fields its words are matched against. */
    enum Listed {
        ACCOUNT(Account.class, CustomerRecordTypes.ACCOUNT, "name", "legalName"),
        CONTACT(Contact.class, CustomerRecordTypes.CONTACT, "name");

        final Class<?> entity;
        final String recordType;
        final String[] nameFields;

        Listed(Class<?> entity, String recordType, String... nameFields) {
            this.entity = entity;
            this.recordType = recordType;
            this.nameFields = nameFields;
        }
    }

    private ListFilterPredicate() {
    }

    /**
     * The parsed filter, or {@code null} when it has no letter or digit (punctuation alone matches no
     * name, address or number). Too long a filter is a validation error naming {@code q}.
     */
    static SearchQuery parse(String q) {
        return q.codePoints().noneMatch(Character::isLetterOrDigit) ? null : SearchQuery.parse(q);
    }

    /** The filter's matches among the records of {@code scope} (not NONE). */
    static BooleanPredicateClausesStep<?, ?> where(SearchPredicateFactory f, Listed listed, SearchQuery query,
            AccessScope scope, RecordType type) {
        var where = f.bool().must(matching(f, listed.nameFields, query));
        if (!scope.isAll()) {
            where.filter(VisibilityFilter.of(f, scope, type));
        }
        return where;
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

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .strip();
    }

    private static String wildcardSafe(String text) {
        return text.replace("\\", "").replace("*", "").replace("?", "");
    }
}
