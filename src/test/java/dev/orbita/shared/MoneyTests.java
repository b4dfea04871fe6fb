package dev.orbita.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Locale PT_PT = Locale.forLanguageTag("pt-PT");
    private static final char NBSP = '\u00A0';

    @Test
    void formatsBrazilianReais() {
        assertThat(Money.of("1234.56", "BRL").format(PT_BR)).isEqualTo("R$" + NBSP + "1.234,56");
        assertThat(Money.of("1234.5", "BRL").format(PT_BR)).isEqualTo("R$" + NBSP + "1.234,50");
    }

    @Test
    void formatsUsDollars() {
        assertThat(Money.of("1234.56", "USD").format(Locale.US)).isEqualTo("$1,234.56");
        assertThat(Money.of("-0.5", "USD").format(Locale.US)).contains("0.50").contains("$");
    }

    @Test
    void formatsEurosInPortugalWithSymbolAfterAmount() {
        String formatted = Money.of("1234.56", "EUR").format(PT_PT);
        assertThat(formatted).endsWith("€").contains("234,56");
    }

    @Test
    void usesTheMoneyCurrencyNotTheLocaleCurrency() {
        assertThat(Money.of("10", "EUR").format(Locale.US)).isEqualTo("€10.00");
        assertThat(Money.of("10", "USD").format(PT_BR)).contains("US$").contains("10,00");
    }

    @Test
    void roundsHalfEvenToCurrencyDigitsOnlyWhenFormatting() {
        Money money = Money.of("2.345", "USD");
        assertThat(money.amount()).isEqualByComparingTo("2.345").extracting(BigDecimal::scale).isEqualTo(3);
        assertThat(money.format(Locale.US)).isEqualTo("$2.34");
        assertThat(Money.of("2.355", "USD").format(Locale.US)).isEqualTo("$2.36");
        assertThat(Money.of("1234.5", "JPY").format(Locale.US)).isEqualTo("¥1,234");
        assertThat(Money.of("1235.5", "JPY").format(Locale.US)).isEqualTo("¥1,236");
    }

    @Test
    void plusAddsSameCurrencyExactly() {
        Money sum = Money.of("0.1", "BRL").plus(Money.of("0.205", "BRL"));
        assertThat(sum.amount()).isEqualTo(new BigDecimal("0.305"));
        assertThat(sum.currency()).isEqualTo("BRL");
    }

    @Test
    void plusRejectsDifferentCurrency() {
        assertThatThrownBy(() -> Money.of("1", "BRL").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidValueException.class);
    }

    @Test
    void equalityIsNumeric() {
        assertThat(Money.of("1.0", "EUR")).isEqualTo(Money.of("1.00", "EUR"))
                .hasSameHashCodeAs(Money.of("1.00", "EUR"));
        assertThat(Money.of("1", "EUR")).isNotEqualTo(Money.of("1", "USD"));
        assertThat(Money.of("1", "EUR")).isNotEqualTo(Money.of("1.01", "EUR"));
    }

    @Test
    void normalizesCurrencyCase() {
        assertThat(Money.of("1", " brl ").currency()).isEqualTo("BRL");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XYZ", "EURO", "R$", "eu", "   "})
    void rejectsInvalidCurrency(String currency) {
        assertThatThrownBy(() -> Money.of("1.00", currency))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.currency"));
    }

    @Test
    void rejectsNullAmount() {
        assertThatThrownBy(() -> new Money(null, "BRL")).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "1,5", "1.2.3"})
    void rejectsUnparseableAmount(String amount) {
        assertThatThrownBy(() -> Money.of(amount, "BRL"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.invalid"));
    }
}
