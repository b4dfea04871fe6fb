package dev.orbita.customers.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times for the customer pages, in the signed-in user's time zone and language: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
public class CustomerFormats {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Sao_Paulo");

    /** History fields whose values are enum codes, and the enum whose labels translate them. */
    private static final java.util.Map<String, String> ENUM_FIELDS = java.util.Map.of("kind", "AccountKind",
            "lifecycleStage", "LifecycleStage", "tier", "ValueTier", "preferredChannel", "Channel");
    /** Codes inside composite values ("MOBILE +55…", "MARKETING/EMAIL granted") and their enums. */
    private static final java.util.List<String> CODE_ENUMS = java.util.List.of("PhoneType", "EmailType",
            "AddressType", "SocialNetwork", "ConsentPurpose", "Channel", "LawfulBasis");
    private static final java.util.Set<String> COMPOSITE_FIELDS = java.util.Set.of("phones", "emails", "addresses",
            "socialProfiles", "consents");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{1,}\\b");

    private final Visibility visibility;
    private final org.springframework.context.MessageSource messages;

    public CustomerFormats(Visibility visibility, org.springframework.context.MessageSource messages) {
        this.visibility = visibility;
        this.messages = messages;
    }

    /** A value of the History tab in the reader's language: enum codes become their labels. */
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String enumType = ENUM_FIELDS.get(field);
        if (enumType != null) {
            return messages.getMessage("enum." + enumType + "." + value, null, value, locale);
        }
        if (!COMPOSITE_FIELDS.contains(field)) {
            return value;
        }
        java.util.regex.Matcher m = CODE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group();
            String label = code;
            for (String type : CODE_ENUMS) {
                String found = messages.getMessage("enum." + type + "." + code, null, null, locale);
                if (found != null) {
                    label = found;
                    break;
                }
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(label));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Medium date and short time, e.g. "12 de mar. de 2025 14:30". Empty for null. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    /** ISO-8601 instant for the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    ZoneId zone() {
        try {
            String tz = visibility.currentUser().map(CurrentUser::timeZone).orElse(null);
            return tz == null || tz.isBlank() ? DEFAULT_ZONE : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }
}
