package dev.orbita.shared.check;

import dev.orbita.shared.contact.AddressDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.shared.contact.EmailEntry;
import dev.orbita.shared.contact.EmailType;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.shared.contact.PhoneType;
import dev.orbita.shared.contact.PostalAddress;
import dev.orbita.shared.contact.Regions;
import dev.orbita.shared.contact.AddressType;

import dev.orbita.shared.EmailAddress;
import dev.orbita.shared.PhoneNumber;
import dev.orbita.shared.ValidationException;
import dev.orbita.shared.WebUrl;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the parts of a customer request field by field, collecting every violation with its path
 * (e.g. {@code phones[1].number}) so that a client learns all its mistakes at once.
 */
public final class RequestChecks {

    public static final int NAME_MAX = 200;
    public static final int NOTES_MAX = 10_000;
    private static final int LIST_MAX = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,49}");
    private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final Pattern CUSTOM_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,49}");
    private static final Pattern POSTAL_SEPARATORS = Pattern.compile("[\\s.-]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The earliest instant every supported database stores (PostgreSQL and H2 timestamps). */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant accepted: the end of year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final ValidationException.Collector errors = new ValidationException.Collector();

    public ValidationException.Collector errors() {
        return errors;
    }

    public void throwIfAny() {
        errors.throwIfAny();
    }

    /** Trimmed text, null when blank; a violation when required and missing or over {@code max}. */
    public String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                errors.add(field, "validation.required");
            }
            return null;
        }
        if (trimmed.length() > max) {
            errors.add(field, "validation.size.max", max);
            return null;
        }
        if (!storable(trimmed)) {
            errors.add(field, "validation.text");
            return null;
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(field, "validation.invalid");
            return null;
        }
        return trimmed;
    }

    /**
     * Whether text can be stored as it is: no NUL (PostgreSQL refuses it in text) and no lone UTF-16
     * surrogate (UTF-8 cannot encode one; a driver would store {@code ?} instead). Every text a
     * client sends passes this check, in the JSON reader and the parameter filter of {@code web}.
     */
    public static boolean storable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an instant lies in what every supported database stores: years 1 to 9999. */
    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public String website(String field, String value) {
        String text = text(field, value, WebUrl.MAX_LENGTH, false);
        return text == null ? null : errors.value(field, () -> WebUrl.of(text).value());
    }

    public List<PhoneEntry> phones(String field, List<PhoneDto> phones, String region) {
        List<PhoneEntry> result = new ArrayList<>();
        if (!sizeOk(field, phones)) {
            return result;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < phones.size(); i++) {
            PhoneDto dto = phones.get(i);
            String path = field + "[" + i + "]";
            if (dto == null) {
                errors.add(path, "validation.required");
                continue;
            }
            String raw = text(path + ".number", dto.number(), 40, true);
            if (raw == null) {
                continue;
            }
            PhoneNumber number = errors.value(path + ".number", () -> PhoneNumber.parse(raw, region));
            if (number != null && seen.add(number.e164())) {
                result.add(new PhoneEntry(dto.type() == null ? PhoneType.of(number) : dto.type(), number));
            }
        }
        return result;
    }

    public List<EmailEntry> emails(String field, List<EmailDto> emails) {
        List<EmailEntry> result = new ArrayList<>();
        if (!sizeOk(field, emails)) {
            return result;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            EmailDto dto = emails.get(i);
            String path = field + "[" + i + "]";
            if (dto == null) {
                errors.add(path, "validation.required");
                continue;
            }
            EmailType type = dto.type() == null ? EmailType.OTHER : dto.type();
            String raw = text(path + ".address", dto.address(), EmailAddress.MAX_LENGTH, true);
            if (raw == null) {
                continue;
            }
            EmailAddress address = errors.value(path + ".address", () -> EmailAddress.of(raw));
            if (address != null && seen.add(address.value().toLowerCase(Locale.ROOT))) {
                result.add(new EmailEntry(type, address));
            }
        }
        return result;
    }

    public List<PostalAddress> addresses(String field, List<AddressDto> addresses, String defaultCountry) {
        List<PostalAddress> result = new ArrayList<>();
        if (!sizeOk(field, addresses)) {
            return result;
        }
        for (int i = 0; i < addresses.size(); i++) {
            AddressDto a = addresses.get(i);
            String path = field + "[" + i + "]";
            if (a == null) {
                errors.add(path, "validation.required");
                continue;
            }
            String country = text(path + ".country", a.country(), 2, false);
            country = country == null ? defaultCountry : country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                errors.add(path + ".country", "validation.country");
            }
            String postal = postalCode(path + ".postalCode", text(path + ".postalCode", a.postalCode(), 20, false),
                    country);
            String street = text(path + ".street", a.street(), 200, false);
            String city = text(path + ".city", a.city(), 100, false);
            if (street == null && city == null && postal == null) {
                errors.add(path + ".city", "validation.address.empty");
            }
            result.add(new PostalAddress(a.type() == null ? AddressType.OTHER : a.type(), street,
                    text(path + ".number", a.number(), 20, false), text(path + ".complement", a.complement(), 100, false),
                    text(path + ".district", a.district(), 100, false), city,
                    region(path + ".region", text(path + ".region", a.region(), 100, false), country), postal,
                    country));
        }
        return result;
    }

    /**
     * A postal code in its country's form: a Brazilian CEP as {@code 00000-000} and a Portuguese code as
     * {@code 0000-000}, typed with or without the hyphen, spaces or dots; other countries' codes as typed.
     */
    private String postalCode(String field, String postal, String country) {
        if (postal == null || !("BR".equals(country) || "PT".equals(country))) {
            return postal;
        }
        String digits = POSTAL_SEPARATORS.matcher(postal).replaceAll("");
        int head = "BR".equals(country) ? 5 : 4;
        if (digits.length() != head + 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(field, "validation.postalCode." + country);
            return postal;
        }
        return digits.substring(0, head) + "-" + digits.substring(head);
    }

    public Set<String> tags(String field, List<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        if (!sizeOk(field, tags)) {
            return result;
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i) == null ? "" : tags.get(i).strip();
            if (!TAG.matcher(tag).matches()) {
                errors.add(field + "[" + i + "]", "validation.tag");
            } else {
                result.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    /** {@code HH:MM-HH:MM} ranges, comma separated, each starting before it ends. */
    public String contactHours(String field, String value) {
        String text = text(field, value, 100, false);
        if (text == null) {
            return null;
        }
        List<String> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            var m = HOURS.matcher(part.strip());
            try {
                if (!m.matches() || !LocalTime.parse(m.group(1)).isBefore(LocalTime.parse(m.group(2)))) {
                    errors.add(field, "validation.contactHours");
                    return null;
                }
            } catch (DateTimeException e) {
                errors.add(field, "validation.contactHours");
                return null;
            }
            ranges.add(part.strip());
        }
        return String.join(",", ranges);
    }

    public String timeZone(String field, String value) {
        String text = text(field, value, 60, false);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text).getId();
        } catch (DateTimeException e) {
            errors.add(field, "validation.timeZone");
            return null;
        }
    }

    public String language(String field, String value) {
        String text = text(field, value, 10, false);
        if (text == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(text);
        if (locale.getLanguage().isEmpty() || !text.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,4})?")) {
            errors.add(field, "validation.language.tag");
            return null;
        }
        return locale.toLanguageTag();
    }

    /** Custom fields as a JSON object of simple values (text, number, boolean, null). */
    public String customFields(String field, Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 100) {
            errors.add(field, "validation.size.max", 100);
            return null;
        }
        for (var entry : values.entrySet()) {
            Object v = entry.getValue();
            if (!CUSTOM_KEY.matcher(entry.getKey()).matches()) {
                errors.add(field + "." + entry.getKey(), "validation.customField.key");
            } else if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
                errors.add(field + "." + entry.getKey(), "validation.customField.value");
            } else if (v instanceof String s && s.length() > 2000) {
                errors.add(field + "." + entry.getKey(), "validation.size.max", 2000);
            }
        }
        String json = JSON.writeValueAsString(new java.util.TreeMap<>(values));
        if (json.length() > 20_000) {
            errors.add(field, "validation.size.max", 20_000);
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readCustomFields(String json) {
        return json == null ? Map.of() : JSON.readValue(json, Map.class);
    }

    public boolean sizeOk(String field, List<?> list) {
        if (list == null) {
            return false;
        }
        if (list.size() > LIST_MAX) {
            errors.add(field, "validation.size.list", LIST_MAX);
            return false;
        }
        return true;
    }

    /** A Brazilian UF or a Portuguese district, by its code or name (stored as {@link Regions} stores it). */
    private String region(String field, String region, String country) {
        java.util.Optional<String> canonical = Regions.canonical(country, region);
        if (region != null && canonical.isEmpty()) {
            errors.add(field, "validation.region." + country);
            return region;
        }
        return canonical.orElse(null);
    }

    /** Brazilian region unless the address or the language says Portugal, for numbers without '+'. */
    public static String phoneRegion(List<AddressDto> addresses, String language, String fallback) {
        if (addresses != null) {
            for (AddressDto a : addresses) {
                if (a != null && a.country() != null && a.country().strip().length() == 2) {
                    return a.country().strip().toUpperCase(Locale.ROOT);
                }
            }
        }
        if ("pt-PT".equalsIgnoreCase(language)) {
            return "PT";
        }
        return fallback;
    }
}
