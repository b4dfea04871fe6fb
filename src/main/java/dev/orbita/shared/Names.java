package dev.orbita.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of names for sorting and matching: lower case, no accents. */
public final class Names {

    private Names() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
