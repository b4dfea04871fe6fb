package dev.orbita.web.form;

import dev.orbita.shared.contact.Regions;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The choices of an address row (shell/contact-points :: addresses), for templates as {@code @addressOptions}:
 * countries named in the reader's language (Brazil and Portugal first), the Brazilian states (UF, stored as
 * the two letters) and the Portuguese districts and autonomous regions (stored by name), and the postal code
 * hint of a country.
 */
@Component("addressOptions")
public class AddressOptions {

    /** Countries whose region is chosen from a list; any other country's region is free text. */
    public static final List<String> LISTED = List.of("BR", "PT");

    private static final List<Option> BR = Regions.of("BR").entrySet().stream()
            .map(e -> new Option(e.getKey(), e.getValue() + " (" + e.getKey() + ")")).toList();

    private static final List<Option> PT = Regions.of("PT").keySet().stream().map(s -> new Option(s, s)).toList();

    private final Map<Locale, List<Option>> countries = new ConcurrentHashMap<>();

    /** Every ISO 3166 country, Brazil and Portugal first, the others by name in the request's language. */
    public List<Option> countries() {
        return countries.computeIfAbsent(LocaleContextHolder.getLocale(), AddressOptions::countriesIn);
    }

    private static List<Option> countriesIn(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Option> out = new ArrayList<>();
        LISTED.forEach(code -> out.add(country(code, locale)));
        Stream.of(Locale.getISOCountries()).filter(code -> !LISTED.contains(code)).map(code -> country(code, locale))
                .sorted(Comparator.comparing(Option::label, collator)).forEach(out::add);
        return List.copyOf(out);
    }

    private static Option country(String code, Locale locale) {
        return new Option(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale));
    }

    /** {@link #LISTED}, for templates. */
    public List<String> listedCountries() {
        return LISTED;
    }

    /** The regions to choose from in a country; empty when its region is free text. */
    public List<Option> regions(String country) {
        return switch (country == null ? "" : country) {
            case "BR" -> BR;
            case "PT" -> PT;
            default -> List.of();
        };
    }

    /** Whether the value is one of the country's listed regions (an older free-text value is kept as an option). */
    public boolean listed(String country, String region) {
        return region == null || region.isBlank() || regions(country).stream().anyMatch(o -> o.value().equals(region));
    }

    /** The shape of a postal code in the country ({@code 00000-000}); empty when it is free. */
    public String postalPlaceholder(String country) {
        return switch (country == null ? "" : country) {
            case "BR" -> "00000-000";
            case "PT" -> "0000-000";
            default -> "";
        };
    }

    /** The input pattern of a postal code in the country (hyphen optional, the server adds it); empty when free. */
    public String postalPattern(String country) {
        return switch (country == null ? "" : country) {
            case "BR" -> "\\d{5}-?\\d{3}";
            case "PT" -> "\\d{4}-?\\d{3}";
            default -> "";
        };
    }
}
