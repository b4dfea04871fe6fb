package dev.orbita.platform.identity;

import java.util.List;
import java.util.Locale;

/** The languages Orbita speaks, as BCP 47 tags. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("pt-BR", "pt-PT", "en");

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    /** The supported language closest to a locale: Portuguese without a region is Brazilian. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return Locale.forLanguageTag("pt-BR");
        }
        if ("pt".equals(locale.getLanguage())) {
            return "PT".equals(locale.getCountry()) ? Locale.forLanguageTag("pt-PT") : Locale.forLanguageTag("pt-BR");
        }
        if ("en".equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        return null;
    }
}
