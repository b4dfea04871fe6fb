package dev.orbita.bench;

import java.util.SplittableRandom;

/** Brazilian reference data: places with their area codes (DDD), CNPJ check digits, mobile numbers. */
final class Brazil {

    /** A city, its state and the DDD of its mobile numbers. */
    record Place(String city, String state, String ddd, String cepPrefix) {
    }

    /** Weighted towards the big metropolitan areas, as a customer base would be. */
    static final Place[] PLACES = {
        new Place("São Paulo", "SP", "11", "01"), new Place("São Paulo", "SP", "11", "04"),
        new Place("São Paulo", "SP", "11", "05"), new Place("Guarulhos", "SP", "11", "07"),
        new Place("Campinas", "SP", "19", "13"), new Place("Santos", "SP", "13", "11"),
        new Place("Rio de Janeiro", "RJ", "21", "20"), new Place("Rio de Janeiro", "RJ", "21", "22"),
        new Place("Niterói", "RJ", "21", "24"), new Place("Belo Horizonte", "MG", "31", "30"),
        new Place("Uberlândia", "MG", "34", "38"), new Place("Curitiba", "PR", "41", "80"),
        new Place("Londrina", "PR", "43", "86"), new Place("Florianópolis", "SC", "48", "88"),
        new Place("Joinville", "SC", "47", "89"), new Place("Porto Alegre", "RS", "51", "90"),
        new Place("Brasília", "DF", "61", "70"), new Place("Goiânia", "GO", "62", "74"),
        new Place("Salvador", "BA", "71", "40"), new Place("Recife", "PE", "81", "50"),
        new Place("Fortaleza", "CE", "85", "60"), new Place("Belém", "PA", "91", "66"),
        new Place("Manaus", "AM", "92", "69"), new Place("Vitória", "ES", "27", "29"),
        new Place("São Luís", "MA", "98", "65"), new Place("Natal", "RN", "84", "59"),
        new Place("João Pessoa", "PB", "83", "58"), new Place("Maceió", "AL", "82", "57"),
        new Place("Cuiabá", "MT", "65", "78"), new Place("Campo Grande", "MS", "67", "79"),
    };

    static final String[] DISTRICTS = {
        "Centro", "Jardim América", "Vila Mariana", "Boa Vista", "Santa Cecília", "Copacabana", "Savassi",
        "Batel", "Moinhos de Vento", "Asa Sul", "Barra", "Boa Viagem", "Meireles", "Umarizal", "Aldeota",
        "Pinheiros", "Tijuca", "Funcionários", "Água Verde", "Trindade", "Setor Bueno", "Pituba", "Ponta Verde",
    };

    private static final int[] CNPJ_W1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_W2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    /** Odd and not a multiple of 5, so i -> (i * MULT + OFFSET) mod 10^8 is a bijection on [0, 10^8). */
    private static final long MULT = 48_271_393L;
    private static final long OFFSET = 13_579_246L;
    private static final long E8 = 100_000_000L;

    private Brazil() {
    }

    /** Eight digits that differ for every i below 10^8 and look random. */
    static String scrambled8(long i) {
        long v = Math.floorMod(i * MULT + OFFSET, E8);
        return String.format("%08d", v);
    }

    /** A valid CNPJ (digits only) for the head office ("0001") of company number i; unique per i. */
    static String cnpj(long i) {
        String twelve = scrambled8(i) + "0001";
        int d1 = checkDigit(twelve, CNPJ_W1);
        int d2 = checkDigit(twelve + d1, CNPJ_W2);
        return twelve + d1 + d2;
    }

    static boolean validCnpj(String digits) {
        if (digits == null || !digits.matches("[0-9]{14}")) {
            return false;
        }
        return checkDigit(digits.substring(0, 12), CNPJ_W1) == digits.charAt(12) - '0'
                && checkDigit(digits.substring(0, 13), CNPJ_W2) == digits.charAt(13) - '0';
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += (digits.charAt(k) - '0') * weights[k];
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    /** E.164 Brazilian mobile number {@code +55DD9XXXXXXXX}; unique per i below 10^8 whatever the DDD. */
    static String mobile(String ddd, long i) {
        return "+55" + ddd + "9" + scrambled8(i);
    }

    static String postalCode(Place place, SplittableRandom random) {
        return place.cepPrefix() + String.format("%03d", random.nextInt(1000)) + "-"
                + String.format("%03d", random.nextInt(1000));
    }
}
