package dev.orbita.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checksum-validated tax identification number. {@code value} is normalized: digits only for
 * CPF, CNPJ, PT_NIF and PT_NIPC; upper-case country prefix followed by upper-case alphanumerics for EU_VAT.
 */
public record TaxId(TaxIdKind kind, String value) {

    /** EU member-state VAT prefixes (Greece uses EL, not GR). */
    public static final Set<String> EU_VAT_PREFIXES = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /** Digits plus the separators people commonly type: spaces, dots, dashes and slashes. */
    private static final Pattern NUMERIC_INPUT = Pattern.compile("[0-9\\s./-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s./-]");
    private static final Pattern VAT_SEPARATORS = Pattern.compile("[\\s.-]");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
    private static final Pattern EU_VAT = Pattern.compile("[A-Z]{2}[A-Z0-9]{2,12}");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

    private static final int[] CNPJ_WEIGHTS_1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_WEIGHTS_2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    public TaxId {
        if (kind == null) {
            throw new InvalidValueException("validation.taxId", "Tax id kind is required");
        }
        value = normalize(kind, value);
    }

    public static TaxId of(TaxIdKind kind, String raw) {
        return new TaxId(kind, raw);
    }

    /**
     * Guesses the kind from the shape of the input: a two-letter prefix means an EU VAT number,
     * 11 digits a CPF, 14 digits a CNPJ, 9 digits a Portuguese NIPC (first digit 5, 6, 8 or 9) or NIF.
     */
    public static TaxId detect(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("validation.taxId", "Tax id is required");
        }
        String trimmed = raw.strip();
        if (trimmed.length() >= 2 && isAsciiLetter(trimmed.charAt(0)) && isAsciiLetter(trimmed.charAt(1))) {
            return of(TaxIdKind.EU_VAT, trimmed);
        }
        if (NUMERIC_INPUT.matcher(trimmed).matches()) {
            String digits = NON_DIGITS.matcher(trimmed).replaceAll("");
            switch (digits.length()) {
                case 11:
                    return of(TaxIdKind.CPF, digits);
                case 14:
                    return of(TaxIdKind.CNPJ, digits);
                case 9:
                    return of(isLegalPersonPrefix(digits.charAt(0)) ? TaxIdKind.PT_NIPC : TaxIdKind.PT_NIF, digits);
                default:
                    break;
            }
        }
        throw new InvalidValueException("validation.taxId", "Unrecognised tax id");
    }

    /** Human formatting: {@code 123.456.789-09}, {@code 12.345.678/0001-95}, {@code 123 456 789}. */
    public String formatted() {
        return switch (kind) {
            case CPF -> value.substring(0, 3) + "." + value.substring(3, 6) + "." + value.substring(6, 9)
                    + "-" + value.substring(9);
            case CNPJ -> value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8)
                    + "/" + value.substring(8, 12) + "-" + value.substring(12);
            case PT_NIF, PT_NIPC -> value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
            case EU_VAT -> value;
        };
    }

    /** The digits of the value only, for search. */
    public String digits() {
        return NON_DIGITS.matcher(value).replaceAll("");
    }

    // ---------------------------------------------------------------------------------------------

    private static String normalize(TaxIdKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid(kind);
        }
        String trimmed = raw.strip();
        if (kind == TaxIdKind.EU_VAT) {
            String vat = VAT_SEPARATORS.matcher(trimmed).replaceAll("").toUpperCase(Locale.ROOT);
            if (!isValidEuVat(vat)) {
                throw invalid(kind);
            }
            return vat;
        }
        if (!NUMERIC_INPUT.matcher(trimmed).matches()) {
            throw invalid(kind);
        }
        String digits = SEPARATORS.matcher(trimmed).replaceAll("");
        boolean valid = switch (kind) {
            case CPF -> isValidCpf(digits);
            case CNPJ -> isValidCnpj(digits);
            case PT_NIF -> isValidPtNif(digits);
            case PT_NIPC -> isValidPtNipc(digits);
            case EU_VAT -> throw new IllegalStateException("unreachable");
        };
        if (!valid) {
            throw invalid(kind);
        }
        return digits;
    }

    static boolean isValidCpf(String digits) {
        if (digits.length() != 11 || !isAllDigits(digits) || allSame(digits)) {
            return false;
        }
        int first = brMod11(digits, 9, 10);
        int second = brMod11(digits, 10, 11);
        return first == digit(digits, 9) && second == digit(digits, 10);
    }

    /** Check digit over the first {@code count} digits with weights {@code firstWeight, firstWeight-1, ...}. */
    private static int brMod11(String digits, int count, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += digit(digits, i) * (firstWeight - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    static boolean isValidCnpj(String digits) {
        if (digits.length() != 14 || !isAllDigits(digits) || allSame(digits)) {
            return false;
        }
        return weightedMod11(digits, CNPJ_WEIGHTS_1) == digit(digits, 12)
                && weightedMod11(digits, CNPJ_WEIGHTS_2) == digit(digits, 13);
    }

    private static int weightedMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /**
     * Portuguese NIF of a natural person. Besides the first digits 1, 2, 3, 5, 6, 7, 8 and 9, the prefix 45
     * (non-resident individuals) is accepted as well.
     */
    static boolean isValidPtNif(String digits) {
        if (!NINE_DIGITS.matcher(digits).matches()) {
            return false;
        }
        char first = digits.charAt(0);
        boolean prefixOk = (first >= '1' && first <= '9' && first != '4') || digits.startsWith("45");
        return prefixOk && ptChecksumOk(digits);
    }

    /** Portuguese NIPC (legal persons): first digit 5, 6, 8 or 9. */
    static boolean isValidPtNipc(String digits) {
        return NINE_DIGITS.matcher(digits).matches() && isLegalPersonPrefix(digits.charAt(0)) && ptChecksumOk(digits);
    }

    private static boolean ptChecksumOk(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += digit(digits, i) * (9 - i);
        }
        int check = 11 - sum % 11;
        if (check >= 10) {
            check = 0;
        }
        return check == digit(digits, 8);
    }

    static boolean isValidEuVat(String vat) {
        if (!EU_VAT.matcher(vat).matches()) {
            return false;
        }
        String prefix = vat.substring(0, 2);
        if (!EU_VAT_PREFIXES.contains(prefix)) {
            return false;
        }
        if (prefix.equals("PT")) {
            return isValidPtNif(vat.substring(2));
        }
        return true;
    }

    private static boolean isLegalPersonPrefix(char first) {
        return first == '5' || first == '6' || first == '8' || first == '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allSame(String s) {
        return s.chars().allMatch(c -> c == s.charAt(0));
    }

    private static int digit(String s, int index) {
        return s.charAt(index) - '0';
    }

    private static InvalidValueException invalid(TaxIdKind kind) {
        return new InvalidValueException("validation.taxId",
                "Not a valid " + Objects.requireNonNull(kind) + " number", kind);
    }
}
