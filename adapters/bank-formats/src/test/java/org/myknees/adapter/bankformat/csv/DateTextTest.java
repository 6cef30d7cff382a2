package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    private final DateText monthFirst = DateText.decide(List.of(), false);

    @ParameterizedTest
    @CsvSource({
            "2024-03-04, 2024-03-04", "2024/03/04, 2024-03-04", "2025.12.04, 2025-12-04", "20240304, 2024-03-04",
            "03/04/2024, 2024-03-04", "3/4/24, 2024-03-04", "23-Jan-15, 2015-01-23", "04 Mar 2024, 2024-03-04",
            "'Mar 4, 2024', 2024-03-04", "2021-02-03 13:12, 2021-02-03", "2020-01-01T13:00:00, 2020-01-01",
            "04/17/2023 as of 04/15/2023, 2023-04-17", "03. Mär 2020, 2020-03-03", "1/5/99, 1999-01-05"
    })
    void readsTheFormsBanksWrite(String cell, LocalDate expected) {
        assertThat(monthFirst.read(cell)).contains(expected);
    }

    @Test
    void oneUnambiguousRowDecidesDayFirstForTheWholeFile() {
        DateText dates = DateText.decide(List.of("03/04/2024", "05/04/2024", "13/04/2024"), false);

        assertThat(dates.read("03/04/2024")).contains(LocalDate.of(2024, 4, 3));
        assertThat(dates.decidedByDefault()).isFalse();
    }

    @Test
    void dateOrderOfTheRowsDecidesWhenEveryRowIsAmbiguous() {
        DateText dates = DateText.decide(List.of("01/02/2024", "02/02/2024", "03/02/2024", "01/03/2024"), false);

        assertThat(dates.read("01/03/2024")).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void withoutEvidenceTheHintThenMonthFirstDecideAndSaySo() {
        DateText plain = DateText.decide(List.of("05/03/2021"), false);
        DateText hinted = DateText.decide(List.of("05/03/2021"), true);

        assertThat(plain.read("05/03/2021")).contains(LocalDate.of(2021, 5, 3));
        assertThat(plain.decidedByDefault()).isTrue();
        assertThat(hinted.read("05/03/2021")).contains(LocalDate.of(2021, 3, 5));
    }

    @Test
    void dottedDatesAreDayFirst() {
        assertThat(DateText.decide(List.of("01.02.2024"), false).read("01.02.2024")).contains(LocalDate.of(2024, 2, 1));
    }

    @Test
    void aUserPatternIsUsedAsGiven() {
        assertThat(DateText.ofPattern("dd|MM|yyyy").read("31|12|2024")).contains(LocalDate.of(2024, 12, 31));
        assertThat(DateText.ofPattern("dd|MM|yyyy").read("31|02|2024")).isEmpty();
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertThat(monthFirst.read("02/30/2024")).isEmpty();
        assertThat(monthFirst.read("pending")).isEmpty();
    }

    @Test
    void paddedNumericDatesStillDecideTheOrderAmongIsoDates() {
        DateText dates = DateText.decide(List.of("2024-04-01", " 13/04/2024", "\t05/04/2024 ", "2024-04-02"), false);

        assertThat(dates.read("05/04/2024")).contains(LocalDate.of(2024, 4, 5));
        assertThat(dates.read("2024-04-02")).contains(LocalDate.of(2024, 4, 2));
    }

    @Test
    void dutchAndScandinavianMonthAbbreviationsAreMonths() {
        assertThat(monthFirst.read("04-mrt-2024")).contains(LocalDate.of(2024, 3, 4));
        assertThat(monthFirst.read("3 mei 2024")).contains(LocalDate.of(2024, 5, 3));
        assertThat(monthFirst.read("2 maj 2024")).contains(LocalDate.of(2024, 5, 2));
        assertThat(monthFirst.read("24. des. 2024")).contains(LocalDate.of(2024, 12, 24));
    }

    @Test
    void aDayAndMonthWithoutYearIsToldApartFromOtherNonDates() {
        assertThat(DateText.lacksYear("04 Mar")).isTrue();
        assertThat(DateText.lacksYear("Mar 4")).isTrue();
        assertThat(DateText.lacksYear("04 Foo")).isFalse();
        assertThat(DateText.lacksYear("pending")).isFalse();
        assertThat(DateText.lacksYear("03/32/2024")).isFalse();
    }

    @Test
    void aDayAndMonthInFiguresWithoutYearIsToldApartFromOtherNumbers() {
        assertThat(DateText.lacksYear("04/03")).isTrue();
        assertThat(DateText.lacksYear("04.03.")).isTrue();
        assertThat(DateText.lacksYear("12-31")).isTrue();
        assertThat(DateText.lacksYear("31/31")).isFalse();
        assertThat(DateText.lacksYear("12,50")).isFalse();
        assertThat(DateText.lacksYear("04/03.")).isFalse();
    }

    @Test
    void aWeekdayAndItsCommaBeforeTheDateAreReadPast() {
        assertThat(monthFirst.read("Monday, March 4, 2024")).contains(LocalDate.of(2024, 3, 4));
        assertThat(monthFirst.read("Montag, 4. März 2024")).contains(LocalDate.of(2024, 3, 4));
        assertThat(DateText.looksLikeDate("Friday, March 15, 2024")).isTrue();
        assertThat(monthFirst.read("Kroger, March 4")).isEmpty();
    }

    @Test
    void yearFirstDatesMayEndWithADot() {
        assertThat(monthFirst.read("2024.03.04.")).contains(LocalDate.of(2024, 3, 4));
    }

    @Test
    void directionMarksAroundADateAreIgnored() {
        DateText dates = DateText.decide(List.of("\u200F04/03/2024", "\u200F15/03/2024\u200E"), false);

        assertThat(dates.read("\u200F04/03/2024")).contains(LocalDate.of(2024, 3, 4));
        assertThat(DateText.looksLikeDate("\u200E15/03/2024\u200E")).isTrue();
    }

    @Test
    void unixTimeStampsAreToldApartFromOtherNumbers() {
        assertThat(DateText.isUnixTime("1709546400")).isTrue();
        assertThat(DateText.isUnixTime("1709546400123")).isTrue();
        assertThat(DateText.isUnixTime("45355")).isFalse();
        assertThat(DateText.isUnixTime("20240304")).isFalse();
    }
}
