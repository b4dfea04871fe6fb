package dev.orbita.search;

import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordType.Match;
import dev.orbita.shared.PhoneNumber;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What a query must match in the search fields of one record type. Every term must match; a term
 * matches when all its words do, or (for a term shaped like an address or a domain) when it is, or
 * begins, an e-mail address, local part or domain. A word matches TEXT fields exactly (ranked
 * higher), with one typo (four letters or more) or as a prefix; EMAIL fields whole or as a prefix;
 * and, when it has four digits or more, the end of a phone number or a whole tax id. A query with
 * six digits or more also matches phones ending in, and tax ids equal to, all its digits.
 */
final class MatchPredicate {

    private final String[] text;
    private final String[] email;
    private final String[] phoneReversed;
    private final String[] digits;

    MatchPredicate(RecordType type) {
        this.text = paths(type, Match.TEXT);
        this.email = paths(type, Match.EMAIL);
        this.phoneReversed = paths(type, Match.PHONE_DIGITS_REVERSED);
        this.digits = paths(type, Match.DIGITS);
    }

    private static String[] paths(RecordType type, Match match) {
        return type.searchFields().stream().filter(s -> s.match() == match).map(RecordType.SearchField::path)
                .toArray(String[]::new);
    }

    /**
     * @param numbers whole numbers to match against phones and tax ids besides the query's words: the
     *        query's digits, and the number as E.164 digits when the query reads as a phone number
     */
    SearchPredicate of(SearchPredicateFactory f, SearchQuery query, List<String> numbers) {
        BooleanPredicateClausesStep<?, ?> every = f.bool();
        for (SearchQuery.Term term : query.terms()) {
            every.must(term(f, term));
        }
        if (numbers.isEmpty() || (phoneReversed.length == 0 && digits.length == 0)) {
            return every.toPredicate();
        }
        BooleanPredicateClausesStep<?, ?> any = f.bool().should(every);
        for (String number : numbers) {
            number(f, any, number, 3f);
        }
        return any.toPredicate();
    }

    private SearchPredicate term(SearchPredicateFactory f, SearchQuery.Term term) {
        if (term.singleWord()) {
            return word(f, term.words().get(0));
        }
        BooleanPredicateClausesStep<?, ?> alternatives = f.bool();
        BooleanPredicateClausesStep<?, ?> everyWord = f.bool();
        for (String word : term.words()) {
            everyWord.must(word(f, word));
        }
        alternatives.should(everyWord);
        if (email.length > 0 && term.addressLike()) {
            alternatives.should(f.match().fields(email).matching(term.folded()).boost(4f));
            alternatives.should(f.wildcard().fields(email).matching(term.folded() + "*").boost(2f));
        }
        String termDigits = PhoneNumber.digitsOf(term.folded());
        if (termDigits.length() >= 4) {
            number(f, alternatives, termDigits, 2f);
        }
        return alternatives.toPredicate();
    }

    private SearchPredicate word(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> alternatives = f.bool();
        boolean any = false;
        if (text.length > 0) {
            alternatives.should(f.match().fields(text).matching(word).boost(2f));
            if (word.length() >= 4) {
                alternatives.should(f.match().fields(text).matching(word).fuzzy(1));
            }
            alternatives.should(f.wildcard().fields(text).matching(word + "*"));
            any = true;
        }
        if (email.length > 0) {
            alternatives.should(f.match().fields(email).matching(word).boost(2f));
            alternatives.should(f.wildcard().fields(email).matching(word + "*"));
            any = true;
        }
        if (word.length() >= 4 && word.chars().allMatch(Character::isDigit)
                && (phoneReversed.length > 0 || digits.length > 0)) {
            number(f, alternatives, word, 1f);
            any = true;
        }
        return any ? alternatives.toPredicate() : f.matchNone().toPredicate();
    }

    /** A phone number ending in these digits, or a tax id of exactly these digits. */
    private void number(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> into, String number, float boost) {
        if (phoneReversed.length > 0) {
            into.should(f.wildcard().fields(phoneReversed).matching(new StringBuilder(number).reverse() + "*")
                    .boost(boost));
        }
        if (digits.length > 0) {
            into.should(f.match().fields(digits).matching(number).boost(boost));
        }
    }
}
