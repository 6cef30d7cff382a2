package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-12.34|.|-12.34",
            "1,234.56|.|1234.56",
            "'1.234,56'|,|1234.56",
            "-98,76|,|-98.76",
            "(12.50)|.|-12.50",
            "12.50-|.|-12.50",
            "$1,036.47|.|1036.47",
            "-$7,971.39|.|-7971.39",
            "+ $73.01|.|73.01",
            "- $12.01|.|-12.01",
            "11'373.94|.|11373.94",
            "1 234,56 €|,|1234.56",
            "EUR 12.00|.|12.00",
            "45.10 DR|.|-45.10",
            "45.10 CR|.|45.10",
            ".50|.|0.50",
            "1,00,000.00|.|100000.00"
    })
    void readsTheFormsBanksWrite(String cell, char decimal, BigDecimal expected) throws Exception {
        assertThat(AmountText.read(cell, decimal)).hasValueSatisfying(a -> assertThat(a.value()).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-12.34|.", "12.34|.", "5|.", "-0|.", "-0.00|.", "007.10|.", "-98,76|,", "123456789012345678|.",
            "1234567890123456789|.", "-1234567890.12345678|.", "12.|.", "1.2.3|.", "12,34|.", "1.234|,", "-|."
    })
    void aPlainCellReadsAsTheGeneralPathReadsItPadded(String cell, char decimal) {
        // A cell with a space around it is not plain, so it takes the general path: the oracle for the plain one.
        assertThat(outcome(cell, decimal)).isEqualTo(outcome(" " + cell + " ", decimal));
    }

    /** The value with its scale, or the refusal's reason without the quoted cell. */
    private static String outcome(String cell, char decimal) {
        try {
            return AmountText.read(cell, decimal).map(a -> a.value().unscaledValue() + "e-" + a.value().scale()
                    + a.currency()).orElse("empty");
        } catch (AmountText.NotAnAmount e) {
            return e.getMessage().replace(cell.strip(), "");
        }
    }

    @Test
    void symbolsAndCodesNameTheCurrency() throws Exception {
        assertThat(AmountText.read("12,00 €", ',').orElseThrow().currency()).hasValueSatisfying(c ->
                assertThat(c.getCurrencyCode()).isEqualTo("EUR"));
        assertThat(AmountText.read("د.ا.\u200F4.750", '.').orElseThrow().currency()).hasValueSatisfying(c ->
                assertThat(c.getCurrencyCode()).isEqualTo("JOD"));
        assertThat(AmountText.read("$5.00", '.').orElseThrow().currency()).isEmpty();
    }

    @Test
    void blankIsNoAmount() throws Exception {
        assertThat(AmountText.read("  ", '.')).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc|.", "12,50|.", "1.2.3|,", "2024-01-02|.", "Total 12.00|.", "1e5|."})
    void rejectsWhatIsNoAmount(String cell, char decimal) {
        assertThatThrownBy(() -> AmountText.read(cell, decimal)).isInstanceOf(AmountText.NotAnAmount.class);
    }

    @Test
    void decimalMarkIsDecidedByTheWholeColumn() {
        assertThat(AmountText.decimalMark(List.of("1.000", "-98,76", "1.234,56"), '.')).isEqualTo(',');
        assertThat(AmountText.decimalMark(List.of("1,000", "2,500.00"), ',')).isEqualTo('.');
        assertThat(AmountText.decimalMark(List.of("1,000", "4,500"), ',')).isEqualTo(',');
        assertThat(AmountText.decimalMark(List.of("EUR 1.234.567", "-5"), '.')).isEqualTo(',');
        assertThat(AmountText.decimalMark(List.of("$1,234,567", "no amount"), ',')).isEqualTo('.');
        assertThat(AmountText.decimalMark(List.of("12,5 €", "3.5"), '.')).isEqualTo('.');
    }

    @Test
    void aDashAloneOrAfterACurrencySymbolHoldsNoAmount() throws Exception {
        assertThat(AmountText.read(" $-   ", '.')).isEmpty();
        assertThat(AmountText.read("-", ',')).isEmpty();
        assertThat(AmountText.read("- €", ',')).isEmpty();
        assertThat(AmountText.read(" $(12.50)", '.').orElseThrow().value()).isEqualByComparingTo("-12.50");
        assertThatThrownBy(() -> AmountText.read("--", '.')).isInstanceOf(AmountText.NotAnAmount.class);
    }
}
