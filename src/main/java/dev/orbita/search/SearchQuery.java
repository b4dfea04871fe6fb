package dev.orbita.search;

import dev.orbita.shared.ValidationException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search as typed (ADR 004: plain text, never query syntax), split at white space into terms. Each
 * term is folded (lower case, accents removed) and split into words of letters and digits, so that
 * query-syntax characters are plain text; a term shaped like an e-mail address or a domain is also
 * kept whole (ADR 013). {@code digits} are the digits of the whole query, for phones and tax ids.
 */
public record SearchQuery(String text, List<Term> terms, String digits) {

    public static final int MAX_LENGTH = 200;
    /** Words beyond this many are ignored. */
    public static final int MAX_WORDS = 10;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /** Characters of an address or a domain (no wildcard or escape characters), with an @ or a dot. */
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+'-]*[@.][\\p{L}\\p{N}._%+'@-]*");

    /** One white-space separated part of the query. */
    public record Term(String folded, List<String> words) {

        public Term {
            words = List.copyOf(words);
        }

        /** Whether the whole term may be an e-mail address, the start of one, or a domain. */
        public boolean addressLike() {
            return folded.chars().filter(c -> c == '@').count() <= 1 && ADDRESS.matcher(folded).matches();
        }

        /** A single word typed alone: nothing more to match than the word. */
        public boolean singleWord() {
            return words.size() == 1 && words.get(0).equals(folded);
        }
    }

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("q", "validation.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw ValidationException.of("q", "validation.size.max", MAX_LENGTH);
        }
        List<Term> terms = new ArrayList<>();
        int wordCount = 0;
        for (String part : SPACE.split(fold(text).strip())) {
            String folded = EDGES.matcher(part).replaceAll("");
            List<String> words = new ArrayList<>();
            for (String w : NOT_WORD.split(folded)) {
                if (!w.isEmpty() && wordCount < MAX_WORDS) {
                    words.add(w);
                    wordCount++;
                }
            }
            if (!words.isEmpty()) {
                terms.add(new Term(folded, words));
            }
        }
        if (terms.isEmpty()) {
            throw ValidationException.of("q", "validation.search.empty");
        }
        String digits = text.replaceAll("[^0-9]", "");
        return new SearchQuery(text.strip(), terms, digits);
    }

    /** Lower case without accents, as the index holds text. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Every word of every term. */
    public List<String> words() {
        return terms.stream().flatMap(t -> t.words().stream()).toList();
    }

    /** Six or more digits: worth matching against phone numbers and tax ids. */
    public boolean looksNumeric() {
        return digits.length() >= 6;
    }
}
