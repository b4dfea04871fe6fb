package dev.orbita.shared.contact;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The regions of the countries whose address region is chosen from a list: the Brazilian states (UF, stored
 * as the two letters) and the Portuguese districts and autonomous regions (stored by name). Any other
 * country's region is free text.
 */
public final class Regions {

    private static final Map<String, String> BR = new LinkedHashMap<>();
    private static final Map<String, String> PT = new LinkedHashMap<>();

    static {
        for (String s : new String[] {"AC Acre", "AL Alagoas", "AP Amapá", "AM Amazonas", "BA Bahia", "CE Ceará",
                "DF Distrito Federal", "ES Espírito Santo", "GO Goiás", "MA Maranhão", "MT Mato Grosso",
                "MS Mato Grosso do Sul", "MG Minas Gerais", "PA Pará", "PB Paraíba", "PR Paraná", "PE Pernambuco",
                "PI Piauí", "RJ Rio de Janeiro", "RN Rio Grande do Norte", "RS Rio Grande do Sul", "RO Rondônia",
                "RR Roraima", "SC Santa Catarina", "SP São Paulo", "SE Sergipe", "TO Tocantins"}) {
            BR.put(s.substring(0, 2), s.substring(3));
        }
        for (String s : new String[] {"Aveiro", "Beja", "Braga", "Bragança", "Castelo Branco", "Coimbra", "Évora",
                "Faro", "Guarda", "Leiria", "Lisboa", "Portalegre", "Porto", "Santarém", "Setúbal",
                "Viana do Castelo", "Vila Real", "Viseu", "Região Autónoma dos Açores",
                "Região Autónoma da Madeira"}) {
            PT.put(s, s);
        }
    }

    private Regions() {
    }

    /** The listed regions of a country, stored value to name, in list order; empty when its region is free. */
    public static Map<String, String> of(String country) {
        return switch (country == null ? "" : country) {
            case "BR" -> java.util.Collections.unmodifiableMap(BR);
            case "PT" -> java.util.Collections.unmodifiableMap(PT);
            default -> Map.of();
        };
    }

    /**
     * The stored form of a region typed or chosen for a country: for a listed country, the region it names,
     * by its stored value or its name in any case and with or without accents ({@code sp}, {@code São Paulo}
     * and {@code sao paulo} are {@code SP}); empty when the country lists its regions and this is none of
     * them. Any other country's region is kept as given.
     */
    public static Optional<String> canonical(String country, String region) {
        Map<String, String> listed = of(country);
        if (listed.isEmpty() || region == null) {
            return Optional.ofNullable(region);
        }
        String wanted = plain(region);
        return listed.entrySet().stream()
                .filter(e -> plain(e.getKey()).equals(wanted) || plain(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey).findFirst();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
