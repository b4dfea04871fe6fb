package dev.orbita.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in an ISO-4217 currency. The amount is stored exactly as given (no rounding);
 * rounding to the currency's fraction digits (HALF_EVEN) only happens in {@link #format(Locale)}.
 *
 * <p>Equality is numeric: {@code 1.0 BRL} equals {@code 1.00 BRL}.
 */
public record Money(BigDecimal amount, String currency) {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = validCurrency(currency).getCurrencyCode();
    }

    /**
     * @param amount a plain decimal such as {@code "1234.56"} (dot as decimal separator)
     * @throws InvalidValueException with key {@code validation.invalid} when the amount is not a number,
     *                               {@code validation.currency} when the currency is not an ISO-4217 code
     */
    public static Money of(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            throw invalidAmount(amount);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw invalidAmount(amount);
        }
        return new Money(value, currency);
    }

    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public Currency javaCurrency() {
        return Currency.getInstance(currency);
    }

    /** Locale-aware currency formatting, e.g. "R$ 1.234,56" for pt-BR or "$1,234.56" for en-US. */
    public String format(Locale locale) {
        Currency cur = javaCurrency();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(cur);
        int digits = cur.getDefaultFractionDigits();
        if (digits < 0) { // pseudo-currencies such as XAU have no default
            digits = Math.max(0, amount.stripTrailingZeros().scale());
        }
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount.setScale(digits, RoundingMode.HALF_EVEN));
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0);
    }

    @Override
    public int hashCode() {
        return 31 * amount.stripTrailingZeros().hashCode() + currency.hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private static Currency validCurrency(String code) {
        if (code != null) {
            String normalized = code.strip().toUpperCase(Locale.ROOT);
            if (CURRENCY_CODE.matcher(normalized).matches()) {
                try {
                    return Currency.getInstance(normalized);
                } catch (IllegalArgumentException e) {
                    // fall through
                }
            }
        }
        throw new InvalidValueException("validation.currency", "Not a valid ISO-4217 currency code", code);
    }

    private static InvalidValueException invalidAmount(String raw) {
        return new InvalidValueException("validation.invalid", "Not a valid amount", raw);
    }
}
