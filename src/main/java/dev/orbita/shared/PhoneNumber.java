package dev.orbita.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A valid telephone number, stored in E.164 form (for example {@code +5511987654321}).
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
    private static final String UNKNOWN_REGION = "ZZ";

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw invalid();
        }
        Phonenumber.PhoneNumber parsed = parseOrThrow(e164, UNKNOWN_REGION);
        if (!UTIL.isValidNumber(parsed) || !e164.equals(UTIL.format(parsed, PhoneNumberFormat.E164))) {
            throw invalid();
        }
    }

    /**
     * Parses a number as typed by a user. Numbers without an international prefix are interpreted as
     * belonging to {@code defaultRegion} (an ISO 3166-1 alpha-2 code such as {@code "BR"} or {@code "PT"}).
     */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            throw invalid();
        }
        String region = defaultRegion == null || defaultRegion.isBlank()
                ? UNKNOWN_REGION
                : defaultRegion.strip().toUpperCase(Locale.ROOT);
        Phonenumber.PhoneNumber parsed = parseOrThrow(raw.strip(), region);
        if (!UTIL.isValidNumber(parsed)) {
            throw invalid();
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /** Keeps only the ASCII digits of arbitrary text, e.g. to match phone numbers in a search. */
    public static String digitsOf(String anyText) {
        return anyText == null ? "" : NON_DIGITS.matcher(anyText).replaceAll("");
    }

    /** International format, e.g. {@code +55 11 98765-4321}. */
    /** A stored number formatted for display; the stored text itself if it is not a valid number. */
    public static String display(String e164) {
        if (e164 == null) {
            return null;
        }
        String shown = DISPLAYED.get(e164);
        if (shown == null) {
            if (DISPLAYED.size() >= DISPLAYED_MAX) {
                DISPLAYED.clear(); // bounded: a list page reads at most a few hundred numbers
            }
            shown = format(e164);
            DISPLAYED.put(e164, shown);
        }
        return shown;
    }

    /** Formatted numbers by stored number: lists show the same numbers page after page. */
    private static final java.util.Map<String, String> DISPLAYED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int DISPLAYED_MAX = 20_000;

    private static String format(String e164) {
        // parsed once: a stored number was checked when it was written, every read formats it
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(e164, UNKNOWN_REGION);
            return UTIL.isValidNumber(parsed) ? UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL) : e164;
        } catch (NumberParseException e) {
            return e164;
        }
    }

    public String formatted() {
        return UTIL.format(proto(), PhoneNumberFormat.INTERNATIONAL);
    }

    /**
     * National format when the number belongs to {@code region} (e.g. {@code (11) 98765-4321} for "BR"),
     * international format otherwise.
     */
    public String formattedFor(String region) {
        Phonenumber.PhoneNumber number = proto();
        String own = UTIL.getRegionCodeForNumber(number);
        boolean home = own != null && region != null && own.equalsIgnoreCase(region.strip());
        return UTIL.format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /** What the numbering plan says a number is; some countries (e.g. the US) cannot tell mobile from fixed. */
    public enum Line { MOBILE, FIXED, MOBILE_OR_FIXED, OTHER }

    /** The kind of line, from libphonenumber's number type. */
    public Line line() {
        return switch (UTIL.getNumberType(proto())) {
            case MOBILE -> Line.MOBILE;
            case FIXED_LINE -> Line.FIXED;
            case FIXED_LINE_OR_MOBILE -> Line.MOBILE_OR_FIXED;
            default -> Line.OTHER;
        };
    }

    /** E.164 without the leading '+'. */
    public String digits() {
        return e164.substring(1);
    }

    /** ISO 3166-1 alpha-2 region of the number, e.g. "BR"; "001" for non-geographic numbers. */
    public String regionCode() {
        return UTIL.getRegionCodeForNumber(proto());
    }

    @Override
    public String toString() {
        return e164;
    }

    private Phonenumber.PhoneNumber proto() {
        return parseOrThrow(e164, UNKNOWN_REGION);
    }

    private static Phonenumber.PhoneNumber parseOrThrow(String text, String region) {
        try {
            return UTIL.parse(text, region);
        } catch (NumberParseException e) {
            throw invalid();
        }
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("validation.phone", "Not a valid phone number");
    }
}
