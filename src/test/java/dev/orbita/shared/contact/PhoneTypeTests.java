package dev.orbita.shared.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The type of a phone sent without one, from libphonenumber's number type. */
class PhoneTypeTests {

    @Test
    void landlinesAreLandlinesAndMobilesMobiles() {
        assertThat(PhoneType.of(PhoneNumber.parse("+55 11 3333-4444", "BR"))).isEqualTo(PhoneType.LANDLINE);
        assertThat(PhoneType.of(PhoneNumber.parse("(11) 98765-4321", "BR"))).isEqualTo(PhoneType.MOBILE);
        assertThat(PhoneType.of(PhoneNumber.parse("21 000 0000", "PT"))).isEqualTo(PhoneType.LANDLINE);
        assertThat(PhoneType.of(PhoneNumber.parse("912 345 678", "PT"))).isEqualTo(PhoneType.MOBILE);
    }

    @Test
    void aNumberThePlanCannotTellIsOtherNotAGuess() {
        // US numbers are FIXED_LINE_OR_MOBILE; a toll-free number is neither
        assertThat(PhoneType.of(PhoneNumber.parse("+1 650 253 0000", "US"))).isEqualTo(PhoneType.OTHER);
        assertThat(PhoneType.of(PhoneNumber.parse("0800 123 4567", "BR"))).isEqualTo(PhoneType.OTHER);
    }
}
