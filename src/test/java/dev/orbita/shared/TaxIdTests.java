package dev.orbita.shared;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxIdTests {

    // Independent check-digit calculators, used to generate valid numbers in the tests.

    private static int brCheckDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    static String cpfWithCheckDigits(String nine) {
        String ten = nine + brCheckDigit(nine, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2});
        return ten + brCheckDigit(ten, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2});
    }

    static String cnpjWithCheckDigits(String twelve) {
        String thirteen = twelve + brCheckDigit(twelve, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        return thirteen + brCheckDigit(thirteen, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
    }

    static String ptWithCheckDigit(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eight.charAt(i) - '0') * (9 - i);
        }
        int check = 11 - sum % 11;
        return eight + (check >= 10 ? 0 : check);
    }

    /** Replaces the last digit with a different one, which always breaks a mod-11 check digit. */
    static String withWrongLastDigit(String digits) {
        char last = digits.charAt(digits.length() - 1);
        char other = last == '9' ? '0' : (char) (last + 1);
        return digits.substring(0, digits.length() - 1) + other;
    }

    private static void assertInvalid(TaxIdKind kind, String raw) {
        assertThatThrownBy(() -> TaxId.of(kind, raw))
                .as("%s %s", kind, raw)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.taxId");
                    assertThat(e.args()).containsExactly(kind);
                });
    }

    @Nested
    class Cpf {

        @Test
        void acceptsHandVerifiedNumbersFormattedOrNot() {
            TaxId cpf = TaxId.of(TaxIdKind.CPF, "529.982.247-25");
            assertThat(cpf.value()).isEqualTo("52998224725");
            assertThat(cpf.formatted()).isEqualTo("529.982.247-25");
            assertThat(cpf.digits()).isEqualTo("52998224725");

            assertThat(TaxId.of(TaxIdKind.CPF, " 12345678909 ").formatted()).isEqualTo("123.456.789-09");
        }

        @Test
        void acceptsGeneratedNumbersAndRejectsTheirCorruptions() {
            Random random = new Random(42);
            for (int n = 0; n < 200; n++) {
                String nine = String.format("%09d", random.nextInt(1_000_000_000));
                String valid = cpfWithCheckDigits(nine);
                if (valid.chars().distinct().count() == 1) {
                    continue;
                }
                assertThat(TaxId.of(TaxIdKind.CPF, valid).value()).isEqualTo(valid);
                assertInvalid(TaxIdKind.CPF, withWrongLastDigit(valid));
                // wrong first check digit
                char tenth = valid.charAt(9);
                String badFirst = valid.substring(0, 9) + (tenth == '9' ? '0' : (char) (tenth + 1)) + valid.charAt(10);
                assertInvalid(TaxIdKind.CPF, badFirst);
            }
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "529.982.247-24", "52998224735", "111.111.111-11", "00000000000", "99999999999",
                "5299822472", "529982247250", "529.982.247-2A", "abc52998224725", "529,982,247-25"
        })
        void rejectsInvalid(String raw) {
            assertInvalid(TaxIdKind.CPF, raw);
        }
    }

    @Nested
    class Cnpj {

        @Test
        void acceptsHandVerifiedNumbers() {
            TaxId cnpj = TaxId.of(TaxIdKind.CNPJ, "11.222.333/0001-81");
            assertThat(cnpj.value()).isEqualTo("11222333000181");
            assertThat(cnpj.formatted()).isEqualTo("11.222.333/0001-81");
            assertThat(cnpj.digits()).isEqualTo("11222333000181");

            assertThat(TaxId.of(TaxIdKind.CNPJ, "12345678000195").formatted()).isEqualTo("12.345.678/0001-95");
        }

        @Test
        void acceptsGeneratedNumbersAndRejectsTheirCorruptions() {
            Random random = new Random(7);
            for (int n = 0; n < 200; n++) {
                String twelve = String.format("%08d%04d", random.nextInt(100_000_000), 1 + random.nextInt(9999));
                String valid = cnpjWithCheckDigits(twelve);
                assertThat(TaxId.of(TaxIdKind.CNPJ, valid).value()).isEqualTo(valid);
                assertInvalid(TaxIdKind.CNPJ, withWrongLastDigit(valid));
            }
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "11.222.333/0001-82", "11.222.333/0001-91", "11222333000281", "00000000000000",
                "11111111111111", "1122233300018", "112223330001811", "11.222.333/0001-8X"
        })
        void rejectsInvalid(String raw) {
            assertInvalid(TaxIdKind.CNPJ, raw);
        }
    }

    @Nested
    class PortugueseNif {

        @Test
        void acceptsHandVerifiedNumber() {
            TaxId nif = TaxId.of(TaxIdKind.PT_NIF, "123456789");
            assertThat(nif.value()).isEqualTo("123456789");
            assertThat(nif.formatted()).isEqualTo("123 456 789");

            assertThat(TaxId.of(TaxIdKind.PT_NIF, "123 456 789").value()).isEqualTo("123456789");
        }

        @Test
        void acceptsGeneratedNumbersForEveryAllowedFirstDigit() {
            for (char first : "12356789".toCharArray()) {
                String valid = ptWithCheckDigit(first + "2345678");
                assertThat(TaxId.of(TaxIdKind.PT_NIF, valid).value()).isEqualTo(valid);
                assertInvalid(TaxIdKind.PT_NIF, withWrongLastDigit(valid));
            }
            // non-resident individuals
            assertThat(TaxId.of(TaxIdKind.PT_NIF, "451234561").value()).isEqualTo("451234561");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "123456788",  // bad check digit
                "012345679",  // checksum ok, first digit 0 not allowed
                "412345676",  // checksum ok, prefix 4x other than 45 not allowed
                "12345678", "1234567890", "12345678A"
        })
        void rejectsInvalid(String raw) {
            assertInvalid(TaxIdKind.PT_NIF, raw);
        }
    }

    @Nested
    class PortugueseNipc {

        @Test
        void acceptsLegalPersonNumbers() {
            TaxId nipc = TaxId.of(TaxIdKind.PT_NIPC, "501 964 843");
            assertThat(nipc.value()).isEqualTo("501964843");
            assertThat(nipc.formatted()).isEqualTo("501 964 843");

            for (char first : "5689".toCharArray()) {
                String valid = ptWithCheckDigit(first + "0196484");
                assertThat(TaxId.of(TaxIdKind.PT_NIPC, valid).value()).isEqualTo(valid);
            }
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "501964844",  // bad check digit
                "123456789",  // valid NIF of a natural person, not a legal person
                "245678900"
        })
        void rejectsInvalid(String raw) {
            assertInvalid(TaxIdKind.PT_NIPC, raw);
        }

        @Test
        void rejectsNaturalPersonPrefixesEvenWithValidChecksum() {
            for (char first : "12347".toCharArray()) {
                assertInvalid(TaxIdKind.PT_NIPC, ptWithCheckDigit(first + "0196484"));
            }
        }
    }

    @Nested
    class EuVat {

        @Test
        void normalizesPrefixCaseAndSeparators() {
            TaxId vat = TaxId.of(TaxIdKind.EU_VAT, " pt 123.456-789 ");
            assertThat(vat.value()).isEqualTo("PT123456789");
            assertThat(vat.formatted()).isEqualTo("PT123456789");
            assertThat(vat.digits()).isEqualTo("123456789");
        }

        @ParameterizedTest
        @ValueSource(strings = {"DE123456789", "ATU12345678", "EL123456789", "NL123456789B01", "FR12345678901",
                "ESX1234567X", "IE1234567WA", "PT501964843"})
        void acceptsMemberStateNumbers(String raw) {
            assertThat(TaxId.of(TaxIdKind.EU_VAT, raw).value()).isEqualTo(raw);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "PT123456788",    // Portuguese VAT with a bad NIF checksum
                "PT12345678",     // Portuguese VAT must carry 9 digits
                "PT12345678A",
                "GB123456789",    // not an EU member state
                "GR123456789",    // Greece uses EL
                "US123456789",
                "DE1",            // too short
                "DE1234567890123",// too long
                "DE123/456",      // slash is not a VAT separator
                "DE12345_6789",
                "123456789"
        })
        void rejectsInvalid(String raw) {
            assertInvalid(TaxIdKind.EU_VAT, raw);
        }
    }

    @Nested
    class Detect {

        @Test
        void detectsKindFromShape() {
            assertThat(TaxId.detect("529.982.247-25")).isEqualTo(new TaxId(TaxIdKind.CPF, "52998224725"));
            assertThat(TaxId.detect("11.222.333/0001-81")).isEqualTo(new TaxId(TaxIdKind.CNPJ, "11222333000181"));
            assertThat(TaxId.detect("123 456 789")).isEqualTo(new TaxId(TaxIdKind.PT_NIF, "123456789"));
            assertThat(TaxId.detect("501964843")).isEqualTo(new TaxId(TaxIdKind.PT_NIPC, "501964843"));
            assertThat(TaxId.detect("pt123456789")).isEqualTo(new TaxId(TaxIdKind.EU_VAT, "PT123456789"));
            assertThat(TaxId.detect("DE 123 456 789").kind()).isEqualTo(TaxIdKind.EU_VAT);
        }

        @Test
        void legalPersonFirstDigitsDetectAsNipc() {
            for (char first : "5689".toCharArray()) {
                assertThat(TaxId.detect(ptWithCheckDigit(first + "1234567")).kind()).isEqualTo(TaxIdKind.PT_NIPC);
            }
            for (char first : "1237".toCharArray()) {
                assertThat(TaxId.detect(ptWithCheckDigit(first + "1234567")).kind()).isEqualTo(TaxIdKind.PT_NIF);
            }
        }

        @Test
        void detectedKindIsStillValidated() {
            assertThatThrownBy(() -> TaxId.detect("529.982.247-24"))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.args()).containsExactly(TaxIdKind.CPF));
            assertThatThrownBy(() -> TaxId.detect("11.222.333/0001-82")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> TaxId.detect("501964844")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> TaxId.detect("PT123456788")).isInstanceOf(InvalidValueException.class);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "12345", "1234567890", "123456789012", "1A2B", "#123456789"})
        void rejectsUnrecognisedShapes(String raw) {
            assertThatThrownBy(() -> TaxId.detect(raw))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.taxId"));
        }
    }

    @Test
    void constructorValidatesAndNormalizes() {
        assertThat(new TaxId(TaxIdKind.CPF, "529.982.247-25").value()).isEqualTo("52998224725");
        assertThatThrownBy(() -> new TaxId(TaxIdKind.CPF, "52998224724")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaxId(null, "52998224725")).isInstanceOf(InvalidValueException.class);
    }
}
