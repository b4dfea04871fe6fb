package dev.orbita.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTests {

    @Test
    void parsesBrazilianMobileWithDefaultRegion() {
        PhoneNumber phone = PhoneNumber.parse("(11) 98765-4321", "BR");

        assertThat(phone.e164()).isEqualTo("+5511987654321");
        assertThat(phone.formatted()).isEqualTo("+55 11 98765-4321");
        assertThat(phone.formattedFor("BR")).isEqualTo("(11) 98765-4321");
        assertThat(phone.formattedFor("PT")).isEqualTo("+55 11 98765-4321");
        assertThat(phone.digits()).isEqualTo("5511987654321");
        assertThat(phone.regionCode()).isEqualTo("BR");
        assertThat(phone).hasToString("+5511987654321");
    }

    @Test
    void parsesPortugueseMobileWithDefaultRegion() {
        PhoneNumber phone = PhoneNumber.parse("912 345 678", "PT");

        assertThat(phone.e164()).isEqualTo("+351912345678");
        assertThat(phone.regionCode()).isEqualTo("PT");
        assertThat(phone.formatted()).isEqualTo("+351 912 345 678");
        assertThat(phone.formattedFor("pt")).isEqualTo("912 345 678");
        assertThat(phone.formattedFor("BR")).isEqualTo("+351 912 345 678");
    }

    @Test
    void internationalPrefixWinsOverDefaultRegion() {
        assertThat(PhoneNumber.parse("+351 912 345 678", "BR").e164()).isEqualTo("+351912345678");
        assertThat(PhoneNumber.parse("+55 11 98765-4321", null).e164()).isEqualTo("+5511987654321");
    }

    @Test
    void sameNumberTypedDifferentlyIsEqual() {
        assertThat(PhoneNumber.parse("11 987654321", "BR"))
                .isEqualTo(PhoneNumber.parse("+55 (11) 98765-4321", "PT"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123", "   ", "abc", "(11) 1234", "+55 11 0000-0000", "98765-4321x"})
    void rejectsInvalidNumbers(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, "BR"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("validation.phone");
    }

    @Test
    void rejectsNationalNumberWithoutUsableRegion() {
        assertThatThrownBy(() -> PhoneNumber.parse("912 345 678", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PhoneNumber.parse("912 345 678", "XX")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void constructorOnlyAcceptsValidE164() {
        assertThat(new PhoneNumber("+5511987654321").regionCode()).isEqualTo("BR");
        assertThatThrownBy(() -> new PhoneNumber("5511987654321")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PhoneNumber("+55 11 98765-4321")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PhoneNumber("+123")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void digitsOfStripsEverythingButDigits() {
        assertThat(PhoneNumber.digitsOf("+55 (11) 98765-4321")).isEqualTo("5511987654321");
        assertThat(PhoneNumber.digitsOf("tel: 912.345.678")).isEqualTo("912345678");
        assertThat(PhoneNumber.digitsOf("no digits")).isEmpty();
        assertThat(PhoneNumber.digitsOf(null)).isEmpty();
    }
}
