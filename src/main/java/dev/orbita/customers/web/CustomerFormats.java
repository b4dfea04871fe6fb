package dev.orbita.customers.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values of the customers' History tab in the reader's language: {@code ${@customerFormats.historyValue(f, v)}}.
 * Dates and times are the shell's {@code @fmt}.
 */
@Component("customerFormats")
class CustomerFormats {

    /** History fields whose values are enum codes, and the enum whose labels translate them. */
    private static final java.util.Map<String, String> ENUM_FIELDS = java.util.Map.of("kind", "AccountKind",
            "lifecycleStage", "LifecycleStage", "tier", "ValueTier", "preferredChannel", "Channel");
    /** Codes inside composite values ("MOBILE +55…", "MARKETING/EMAIL granted") and their enums. */
    private static final java.util.List<String> CODE_ENUMS = java.util.List.of("PhoneType", "EmailType",
            "AddressType", "SocialNetwork", "ConsentPurpose", "Channel", "LawfulBasis");
    private static final java.util.Set<String> COMPOSITE_FIELDS = java.util.Set.of("phones", "emails", "addresses",
            "socialProfiles", "consents");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{1,}\\b");

    private final org.springframework.context.MessageSource messages;

    CustomerFormats(org.springframework.context.MessageSource messages) {
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
}
