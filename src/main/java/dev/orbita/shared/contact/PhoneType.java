package dev.orbita.shared.contact;

import dev.orbita.shared.PhoneNumber;

/** The kind of a phone; {@link #LANDLINE} and {@link #MOBILE} are what a number sent without a type is given. */
public enum PhoneType {
    MOBILE, WORK, HOME, FAX, OTHER, LANDLINE;

    /**
     * The type of a number sent without one: mobile or landline as the numbering plan says; OTHER when the plan
     * cannot tell (e.g. US numbers) or the number is neither (toll-free, VoIP…), rather than a guess.
     */
    public static PhoneType of(PhoneNumber number) {
        return switch (number.line()) {
            case MOBILE -> MOBILE;
            case FIXED -> LANDLINE;
            case MOBILE_OR_FIXED, OTHER -> OTHER;
        };
    }
}
