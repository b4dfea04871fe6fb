package dev.orbita.search;

import dev.orbita.shared.ValidationException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search as typed, split into folded words (letters and digits only, so query-syntax characters
 * are plain text) plus the digits of the whole query for phone and tax id matching.
 */
public record SearchQuery(String text, List<String> words, String digits) {

    public static final int MAX_LENGTH = 200;

    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("q", "validation.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw ValidationException.of("q", "validation.size.max", MAX_LENGTH);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && words.size() < 10) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw ValidationException.of("q", "validation.search.empty");
        }
        String digits = text.replaceAll("[^0-9]", "");
        return new SearchQuery(text.strip(), List.copyOf(words), digits);
    }

    /** Six or more digits: worth matching against phone numbers and tax ids. */
    public boolean looksNumeric() {
        return digits.length() >= 6;
    }
}
