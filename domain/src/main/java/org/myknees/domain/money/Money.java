package org.myknees.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact, signed amount of one currency, held in the currency's minor units (cents for USD).
 * Negative means money out. Arithmetic is exact: a result that does not fit a {@code long} throws
 * {@link ArithmeticException}, and combining two currencies throws {@link CurrencyMismatchException}.
 * There is no floating point anywhere in this class.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    /** Decimal digits that always fit a {@code long}. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(
                    "Currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
        }
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Reads a plain decimal such as {@code "-12.34"}, {@code "5"} or {@code "+0.5"}. More decimals than the
     * currency has are rejected, never rounded: {@code "1.234"} USD is an error.
     */
    public static Money parse(String decimal, Currency currency) {
        Objects.requireNonNull(decimal, "decimal");
        String text = decimal.strip();
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidAmountException("'" + decimal + "' is not a decimal amount");
        }
        return of(new BigDecimal(text), currency);
    }

    public static Money parse(String decimal, String currencyCode) {
        return parse(decimal, currency(currencyCode));
    }

    /** Converts an exact decimal; trailing zeros beyond the currency's scale are fine, other digits are not. */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int scale = currency.getDefaultFractionDigits();
        int missing = scale - amount.scale();
        if (missing >= 0 && amount.precision() + missing <= MAX_LONG_DIGITS) {
            // No more decimals than the currency has and few enough digits for a long: the common amount, converted
            // without the intermediate numbers of the general path.
            return new Money(amount.movePointRight(scale).longValueExact(), currency);
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new InvalidAmountException("'" + amount.toPlainString() + "' has more than " + scale
                    + " decimal places, which " + currency.getCurrencyCode() + " allows");
        }
        BigInteger minor = amount.movePointRight(scale).toBigIntegerExact();
        if (minor.bitLength() > 63) {
            throw new ArithmeticException("Amount " + amount.toPlainString() + " is too large");
        }
        return new Money(minor.longValue(), currency);
    }

    public static Currency currency(String code) {
        try {
            return Currency.getInstance(Objects.requireNonNull(code, "currency code").strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAmountException("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public Money abs() {
        return minorUnits < 0 ? negate() : this;
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isSameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    /** The amount as an exact decimal with the currency's scale, e.g. {@code -12.30}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /** The amount as plain decimal text with the currency's scale, e.g. {@code "-12.30"}; what JSON carries. */
    public String toDecimalString() {
        int scale = currency.getDefaultFractionDigits();
        if (minorUnits == Long.MIN_VALUE) {
            return toDecimal().toPlainString();
        }
        // Digits and a point placed by hand: the API writes one of these per amount, BigDecimal costs more.
        String digits = Long.toString(Math.abs(minorUnits));
        if (scale == 0) {
            return minorUnits < 0 ? "-" + digits : digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + scale + 3);
        if (minorUnits < 0) {
            text.append('-');
        }
        int whole = digits.length() - scale;
        if (whole > 0) {
            text.append(digits, 0, whole);
        } else {
            text.append('0');
        }
        text.append('.');
        for (int i = whole; i < 0; i++) {
            text.append('0');
        }
        return text.append(digits, Math.max(whole, 0), digits.length()).toString();
    }

    /**
     * Splits this amount into {@code parts} amounts that differ by at most one minor unit and add up to it
     * exactly; the first parts take the remainder.
     */
    public List<Money> allocate(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("Cannot allocate into " + parts + " parts");
        }
        long[] ratios = new long[parts];
        java.util.Arrays.fill(ratios, 1);
        return allocate(ratios);
    }

    /**
     * Splits this amount in proportion to the given non-negative ratios. The parts add up to this amount
     * exactly: the minor units lost to rounding down go one by one to the parts with the largest remainders
     * (ties to the earlier part).
     */
    public List<Money> allocate(long... ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("Allocation needs at least one ratio");
        }
        BigInteger total = BigInteger.ZERO;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("Allocation ratios must not be negative: " + ratio);
            }
            total = total.add(BigInteger.valueOf(ratio));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("Allocation ratios must not all be zero");
        }
        BigInteger amount = BigInteger.valueOf(Math.abs(minorUnits));
        long[] shares = new long[ratios.length];
        BigInteger[] remainders = new BigInteger[ratios.length];
        long allocated = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigInteger[] qr = amount.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(total);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            allocated += shares[i];
        }
        long leftover = Math.abs(minorUnits) - allocated;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ratios.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int byRemainder = remainders[b].compareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int i = 0; i < leftover; i++) {
            shares[order.get(i % order.size())]++;
        }
        List<Money> result = new ArrayList<>(ratios.length);
        for (long share : shares) {
            result.add(new Money(minorUnits < 0 ? -share : share, currency));
        }
        return Collections.unmodifiableList(result);
    }

    /** Orders amounts of one currency; comparing two currencies throws {@link CurrencyMismatchException}. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /** Text for people and logs: {@code "-12.34 USD"}. */
    @Override
    public String toString() {
        return toDecimalString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }
}
