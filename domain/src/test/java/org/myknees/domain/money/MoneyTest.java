package org.myknees.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void decimal_text_is_the_plain_decimal_of_the_amount_at_the_currency_scale_for_any_amount() {
        Random random = new Random(42);
        List<Long> amounts = new java.util.ArrayList<>(List.of(0L, 1L, -1L, 9L, -10L, 99L, 100L, -101L, 999L,
                1000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (int i = 0; i < 1000; i++) {
            amounts.add(random.nextLong() >> random.nextInt(64));
        }
        for (String code : List.of("USD", "JPY", "BHD", "CLF")) {
            for (long minor : amounts) {
                Money money = Money.ofMinor(minor, code);
                assertThat(money.toDecimalString()).as("%d %s", minor, code)
                        .isEqualTo(money.toDecimal().toPlainString());
            }
        }
    }

    @Test
    void parses_decimal_text_with_the_currency_scale() {
        assertThat(Money.parse("-12.34", "USD")).isEqualTo(Money.ofMinor(-1234, "USD"));
        assertThat(Money.parse("5", "USD").minorUnits()).isEqualTo(500);
        assertThat(Money.parse("+0.5", "EUR").minorUnits()).isEqualTo(50);
        assertThat(Money.parse("1.50000", "USD").minorUnits()).isEqualTo(150);
        assertThat(Money.parse("1234", "JPY").minorUnits()).isEqualTo(1234);
        assertThat(Money.parse("1.234", "BHD").minorUnits()).isEqualTo(1234);
    }

    @Test
    void converts_any_exact_decimal_to_the_minor_units_it_names() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(8) - 3);
            for (String code : List.of("USD", "JPY", "BHD")) {
                int scale = Money.currency(code).getDefaultFractionDigits();
                BigDecimal minor = amount.movePointRight(scale);
                boolean exact = minor.stripTrailingZeros().scale() <= 0;
                boolean fits = exact && minor.setScale(0).toBigIntegerExact().bitLength() <= 63;
                if (fits) {
                    assertThat(Money.of(amount, Money.currency(code)).minorUnits()).as("%s %s", amount, code)
                            .isEqualTo(minor.longValueExact());
                } else if (!exact) {
                    assertThatThrownBy(() -> Money.of(amount, Money.currency(code))).as("%s %s", amount, code)
                            .isInstanceOf(InvalidAmountException.class);
                } else {
                    assertThatThrownBy(() -> Money.of(amount, Money.currency(code))).as("%s %s", amount, code)
                            .isInstanceOf(ArithmeticException.class).hasMessageContaining("too large");
                }
            }
        }
        assertThat(Money.of(new BigDecimal("-0.00"), Money.currency("USD"))).isEqualTo(Money.zero(Money.currency("USD")));
        assertThat(Money.of(new BigDecimal("1E+3"), Money.currency("USD")).minorUnits()).isEqualTo(100_000);
        assertThat(Money.of(new BigDecimal("9999999999999999.99"), Money.currency("USD")).minorUnits())
                .isEqualTo(999_999_999_999_999_999L);
    }

    @Test
    void rejects_more_decimals_than_the_currency_has_and_non_numbers() {
        assertThatThrownBy(() -> Money.parse("1.234", "USD")).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("more than 2 decimal places");
        assertThatThrownBy(() -> Money.parse("1.5", "JPY")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.parse("12,34", "USD")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.parse("1e3", "USD")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.parse("", "USD")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.parse("1", "XYZ")).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void formats_with_the_currency_scale() {
        assertThat(Money.ofMinor(-1230, "USD").toDecimalString()).isEqualTo("-12.30");
        assertThat(Money.ofMinor(5, "USD").toDecimalString()).isEqualTo("0.05");
        assertThat(Money.ofMinor(-5, "USD").toString()).isEqualTo("-0.05 USD");
        assertThat(Money.ofMinor(700, "JPY").toDecimalString()).isEqualTo("700");
    }

    @Test
    void arithmetic_is_exact_and_overflow_throws() {
        Money a = Money.parse("0.10", "USD");
        Money b = Money.parse("0.20", "USD");
        assertThat(a.plus(b)).isEqualTo(Money.parse("0.30", "USD"));
        assertThat(a.minus(b)).isEqualTo(Money.parse("-0.10", "USD"));
        assertThat(a.negate().abs()).isEqualTo(a);
        assertThat(a.times(3)).isEqualTo(Money.parse("0.30", "USD"));
        assertThatThrownBy(() -> Money.ofMinor(Long.MAX_VALUE, "USD").plus(Money.ofMinor(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofMinor(Long.MIN_VALUE, "USD").negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("100000000000000000000"), java.util.Currency.getInstance("USD")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void combining_two_currencies_throws_a_named_exception() {
        assertThatThrownBy(() -> Money.parse("1", "USD").plus(Money.parse("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.parse("1", "USD").compareTo(Money.parse("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void compares_amounts_of_one_currency() {
        assertThat(Money.parse("-5", "USD")).isLessThan(Money.parse("1", "USD"));
        assertThat(Money.parse("2.00", "USD").compareTo(Money.parse("2", "USD"))).isZero();
    }

    @Test
    void allocates_into_equal_parts_without_losing_a_cent() {
        assertThat(Money.parse("100.00", "USD").allocate(3)).extracting(Money::minorUnits)
                .containsExactly(3334L, 3333L, 3333L);
        assertThat(Money.parse("-0.05", "USD").allocate(2)).extracting(Money::minorUnits).containsExactly(-3L, -2L);
        assertThatThrownBy(() -> Money.parse("1", "USD").allocate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocates_by_ratios_with_the_remainder_to_the_largest_fractions() {
        assertThat(Money.parse("0.05", "USD").allocate(3, 7)).extracting(Money::minorUnits).containsExactly(2L, 3L);
        assertThat(Money.parse("0.10", "USD").allocate(1, 2, 7)).extracting(Money::minorUnits).containsExactly(1L, 2L, 7L);
        assertThat(Money.parse("0.04", "USD").allocate(1, 1, 1)).extracting(Money::minorUnits).containsExactly(2L, 1L, 1L);
        assertThat(Money.parse("10.00", "USD").allocate(1, 0, 1)).extracting(Money::minorUnits)
                .containsExactly(500L, 0L, 500L);
        assertThatThrownBy(() -> Money.parse("1", "USD").allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1", "USD").allocate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocation_always_adds_up_exactly() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Money amount = Money.ofMinor(random.nextLong() % 10_000_000_000L, "EUR");
            long[] ratios = new long[1 + random.nextInt(6)];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = random.nextInt(1_000);
            }
            ratios[0] += 1;
            List<Money> parts = amount.allocate(ratios);
            assertThat(parts.stream().mapToLong(Money::minorUnits).sum()).isEqualTo(amount.minorUnits());
            assertThat(parts).allSatisfy(p -> assertThat(Long.signum(p.minorUnits()) * Long.signum(amount.minorUnits()))
                    .isGreaterThanOrEqualTo(0));
        }
    }
}
