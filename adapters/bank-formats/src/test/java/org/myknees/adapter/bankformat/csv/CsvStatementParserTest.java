package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

class CsvStatementParserTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private final CsvStatementParser parser = new CsvStatementParser();

    private ParsedFile parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), ParseContext.of("test.csv").withDefaultCurrency(USD));
    }

    private ParsedFile parse(String text, Map<String, String> options) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8),
                ParseContext.of("test.csv").withDefaultCurrency(USD).withOptions(options));
    }

    private static List<ParsedTransaction> transactions(ParsedFile file) {
        return file.statements().stream().flatMap(s -> s.transactions().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsTheDelimiter(String delimiter) {
        String text = String.join(delimiter, "Date", "Description", "Amount") + "\n"
                + String.join(delimiter, "2024-01-02", "\"Coffee" + delimiter + " large\"", "-3.50") + "\n"
                + String.join(delimiter, "2024-01-03", "Salary", "2000.00") + "\n";

        List<ParsedTransaction> rows = transactions(parse(text));

        assertThat(rows).extracting(ParsedTransaction::rawDescriptor).containsExactly("Coffee" + delimiter + " large", "Salary");
        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-3.50", USD), Money.parse("2000.00", USD));
    }

    @Test
    void germanExportWithDecimalCommaWindows1252AndCurrencyColumn() {
        String text = "Buchungstag;Wertstellung;Auftraggeber/Empfänger;Verwendungszweck;Betrag;Währung\n"
                + "10.10.2017;11.10.2017;Drillisch Online AG;Rechnung 987;-1.098,76;EUR\n";

        ParsedFile file = parser.parse(text.getBytes(Charset.forName("windows-1252")), ParseContext.of("umsatz.csv"));

        ParsedTransaction row = transactions(file).get(0);
        assertThat(row.bookingDate()).isEqualTo(LocalDate.of(2017, 10, 10));
        assertThat(row.valueDate()).contains(LocalDate.of(2017, 10, 11));
        assertThat(row.amount()).isEqualTo(Money.parse("-1098.76", EUR));
        assertThat(row.counterparty()).contains("Drillisch Online AG");
        assertThat(row.remittance()).contains("Rechnung 987");
        assertThat(file.statements().get(0).currency()).contains(EUR);
        assertThat(file.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void frenchAndSpanishHeadersAreUnderstood() {
        List<ParsedTransaction> french = transactions(parse("Date de valeur;Libellé;Débit;Crédit\n31.03.2019;Frais;10,00;\n"));
        List<ParsedTransaction> spanish = transactions(parse("Fecha,Concepto,Importe\n24/03/2022,Abono,\"2,83\"\n"));

        assertThat(french.get(0).amount()).isEqualTo(Money.parse("-10.00", USD));
        assertThat(french.get(0).bookingDate()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(spanish.get(0).amount()).isEqualTo(Money.parse("2.83", USD));
    }

    @Test
    void dayAndMonthOrderIsDecidedOnceForTheWholeFile() {
        String text = "Date,Description,Amount\n03/04/2024,A,-1.00\n05/04/2024,B,-2.00\n13/04/2024,C,-3.00\n";

        assertThat(transactions(parse(text))).extracting(ParsedTransaction::bookingDate)
                .containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 13));
    }

    @Test
    void ambiguousDatesAreReadMonthFirstWithAWarning() {
        ParsedFile file = parse("Date,Description,Amount\n05/03/2021,A,-1.00\n");

        assertThat(transactions(file).get(0).bookingDate()).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(file.warnings()).anyMatch(w -> w.contains("05/03/2021") && w.contains("dateFormat"));
    }

    @Test
    void debitAndCreditColumnsGiveTheSign() {
        String text = "Date,Description,Withdrawal,Deposit\n08/17/2022,Deposit,,$20.00\n08/14/2022,ATM,$103.00,\n";

        assertThat(transactions(parse(text))).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("20.00", USD), Money.parse("-103.00", USD));
    }

    @Test
    void aTypeColumnOfDebitAndCreditWordsGivesTheSign() {
        String text = "Date,Label,Amount,D/C\n12/15/2018,Supplier,33.50,D\n12/15/2018,Payment,\"-1,533.50\",C\n";

        assertThat(transactions(parse(text))).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-33.50", USD), Money.parse("1533.50", USD));
    }

    @Test
    void aTypeColumnOfOtherWordsLeavesTheSignAlone() {
        String text = "Date,Description,Amount,Type\n2024-01-02,Coffee,-3.50,Sale\n2024-01-03,Refund,3.50,Return\n";

        assertThat(transactions(parse(text))).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-3.50", USD), Money.parse("3.50", USD));
    }

    @Test
    void parenthesesAndCurrencySymbolsAreRead() {
        String text = "Date,Description,Amount\n2024-01-02,Fee,($12.50)\n2024-01-03,Refund,€4.00\n";

        List<ParsedTransaction> rows = transactions(parse(text));

        assertThat(rows.get(0).amount()).isEqualTo(Money.parse("-12.50", USD));
        assertThat(rows.get(1).amount()).isEqualTo(Money.parse("4.00", EUR));
    }

    @Test
    void aCurrencyInTheHeaderUnitIsTheStatementCurrency() {
        ParsedFile file = parse("Booking Date,Partner Name,Amount (EUR)\n2020-03-07,Compte courant,328.00\n");

        assertThat(file.statements().get(0).currency()).contains(EUR);
        assertThat(transactions(file).get(0).amount()).isEqualTo(Money.parse("328.00", EUR));
    }

    @Test
    void withoutAnyCurrencyTheAmountsAreUsdWithAWarning() {
        ParsedFile file = parser.parse("Date,Amount\n2024-01-02,1.00\n".getBytes(StandardCharsets.UTF_8),
                ParseContext.of("x.csv"));

        assertThat(transactions(file).get(0).amount().currency()).isEqualTo(USD);
        assertThat(file.statements().get(0).currency()).isEmpty();
        assertThat(file.warnings()).anyMatch(w -> w.contains("USD"));
    }

    @Test
    void eachCurrencyGetsItsOwnStatement() {
        ParsedFile file = parse("Date,Label,Currency,Amount\n12/15/2018,A,USD,-33.50\n12/15/2018,B,EUR,\"1,525.00\"\n");

        assertThat(file.statements()).extracting(s -> s.currency().orElseThrow()).containsExactly(USD, EUR);
    }

    @Test
    void anAccountColumnNamesEachRowsAccount() {
        String text = "Date,Description,Amount,Account\n2015-02-08,A,50,Checking\n2015-03-24,B,45,Cash\n";

        assertThat(transactions(parse(text))).extracting(t -> t.accountRef().orElseThrow())
                .containsExactly("Checking", "Cash");
    }

    @Test
    void malformedRowsAreQuarantinedWithLineFieldAndReasonAndTheRestImports() {
        String text = "Date,Description,Amount\n2024-01-02,Good,1.00\nnot a date,Bad date,2.00\n"
                + "2024-01-04,Bad amount,abc\n2024-01-05,No amount,\n2024-01-06,\"Broken quote,3.00\n";

        ParsedFile file = parse(text);

        assertThat(transactions(file)).extracting(ParsedTransaction::rawDescriptor).containsExactly("Good");
        assertThat(file.quarantined()).extracting(q -> q.line() + ":" + q.field())
                .containsExactly("3:date", "4:amount", "5:amount", "6:row");
        assertThat(file.quarantined().get(0).reason()).contains("not a date");
        assertThat(file.quarantined().get(1).text()).isEqualTo("2024-01-04,Bad amount,abc");
    }

    @Test
    void tooManyDecimalsForTheCurrencyAreQuarantinedNeverRounded() {
        ParsedFile file = parse("Date,Amount\n2024-01-02,1.005\n2024-01-03,1.25\n");

        assertThat(file.quarantined()).singleElement().satisfies(q -> assertThat(q.field()).isEqualTo("amount"));
    }

    @Test
    void amountsAndBalancesInAColumnNamedInCentsAreReadAsHundredths() {
        String text = "Date,Description,Amount (pence),Balance (pence)\n04/03/2024,Tesco,-1250,98750\n"
                + "15/03/2024,Salary,210000,308750\n";

        ParsedFile file = parser.parse(text.getBytes(StandardCharsets.UTF_8),
                ParseContext.of("x.csv").withDefaultCurrency(Currency.getInstance("GBP")));

        assertThat(transactions(file)).extracting(t -> t.amount().toString())
                .containsExactly("-12.50 GBP", "2100.00 GBP");
        assertThat(file.statements().get(0).closing()).map(b -> b.amount().toString()).contains("3087.50 GBP");
    }

    @Test
    void anAmountWithDecimalsInAColumnNamedInCentsIsQuarantinedNotScaled() {
        ParsedFile file = parse("date,description,amount_cents\n2024-03-04,Kroger,-1250\n2024-03-15,Pay,2100.00\n");

        assertThat(transactions(file)).extracting(t -> t.amount().toString()).containsExactly("-12.50 USD");
        assertThat(file.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(3);
            assertThat(q.field()).isEqualTo("amount");
            assertThat(q.reason()).contains("'2100.00' has decimals").contains("cents");
        });
    }

    @Test
    void aColumnWhoseNameOnlyContainsCentIsReadInUnits() {
        ParsedFile file = parse("Date,Description,Percentage,Amount\n2024-03-04,Interest,5,12.50\n");

        assertThat(transactions(file)).extracting(t -> t.amount().toString()).containsExactly("12.50 USD");
    }

    @Test
    void labelAndValueLinesAfterTheRowsAreSkippedAsNotesNotQuarantined() {
        String text = "Date;Description;Amount\n04.03.2024;REWE;-12,50\n\nExported on;20.03.2024 10:12\n"
                + "Number of transactions;1\n";

        ParsedFile file = parse(text);

        assertThat(transactions(file)).hasSize(1);
        assertThat(file.quarantined()).isEmpty();
        assertThat(file.warnings())
                .anyMatch(w -> w.contains("2 balance, total or note line(s)") && w.contains("[4, 5]"));
    }

    @Test
    void aTwoCellLineWithAnAmountIsStillQuarantinedWhenItsDateIsBad() {
        ParsedFile file = parse("Date,Amount\n2024-03-04,-12.50\nyesterday,-3.00\n");

        assertThat(file.quarantined()).extracting(q -> q.line() + ":" + q.field()).containsExactly("3:date");
    }

    @Test
    void linesBeforeTheHeaderAndRepeatedHeadersAreSkippedWithWarnings() {
        String text = "Semicolon Delimited CSV\nParam;first\n\ndate;description;payee;amount;memo\n"
                + "2025/06/07;A description;A Payee;-123.45;A memo\ndate;description;payee;amount;memo\n";

        ParsedFile file = parse(text);

        assertThat(transactions(file)).singleElement().satisfies(t -> {
            assertThat(t.line()).isEqualTo(5);
            assertThat(t.rawDescriptor()).isEqualTo("A description A Payee");
            assertThat(t.remittance()).contains("A memo");
        });
        assertThat(file.warnings()).anyMatch(w -> w.contains("before the header")).anyMatch(w -> w.contains("repeated"));
    }

    @Test
    void aRunningBalanceThatFollowsTheAmountsGivesOpeningAndClosingBalances() {
        String text = "Date,Description,Amount,Balance\n12/31/2021,Transfer,-7971.39,500.00\n"
                + "12/30/2021,Deposit,6000.36,8471.39\n12/29/2021,Deposit,256.00,2471.03\n";

        ParsedFile file = parse(text);

        assertThat(file.statements().get(0).closing()).hasValueSatisfying(b -> {
            assertThat(b.amount()).isEqualTo(Money.parse("500.00", USD));
            assertThat(b.date()).isEqualTo(LocalDate.of(2021, 12, 31));
        });
        assertThat(file.statements().get(0).opening()).hasValueSatisfying(b ->
                assertThat(b.amount()).isEqualTo(Money.parse("2215.03", USD)));
    }

    @Test
    void aRunningBalanceThatDoesNotFollowGivesNoBalanceAndAWarning() {
        ParsedFile file = parse("Date,Amount,Balance\n2024-01-01,1.00,10.00\n2024-01-02,1.00,50.00\n");

        assertThat(file.statements().get(0).closing()).isEmpty();
        assertThat(file.warnings()).anyMatch(w -> w.contains("balance"));
    }

    @Test
    void statusPendingAndAnIdColumnAreCarried() {
        ParsedTransaction row = transactions(parse("Date,Name,Status,Gross,Transaction ID\n10/01/2019,Patreon,Pending,-7.00,27232\n")).get(0);

        assertThat(row.pending()).isTrue();
        assertThat(row.externalId()).contains("27232");
    }

    @Test
    void aUserMappingOverridesDetection() {
        String text = "When;What;Out;In\n01|02|2024;Rent;1.200,00;\n";

        ParsedFile file = parse(text, Map.of("date", "When", "description", "What", "debit", "Out", "credit", "In",
                "dateFormat", "dd|MM|yyyy", "decimal", ","));

        assertThat(transactions(file)).singleElement().satisfies(t -> {
            assertThat(t.bookingDate()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(t.amount()).isEqualTo(Money.parse("-1200.00", USD));
        });
    }

    @Test
    void aHeaderlessFileIsReadWithAMappingByColumnNumber() {
        ParsedFile file = parse("2024-01-02|Coffee|x|3.50\n2024-01-03|Tea|y|2.00\n",
                Map.of("header", "false", "delimiter", "|", "date", "1", "description", "#2", "amount", "4", "negate", "true"));

        assertThat(transactions(file)).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-3.50", USD), Money.parse("-2.00", USD));
    }

    @Test
    void aHeaderlessFileWithOneNumberColumnIsReadFromItsCells() {
        ParsedFile file = parse("2024-01-02,Coffee shop,-3.50\n2024-01-03,Salary,2000.00\n");

        assertThat(transactions(file)).extracting(ParsedTransaction::rawDescriptor).containsExactly("Coffee shop", "Salary");
    }

    @Test
    void skipDropsLeadingLines() {
        ParsedFile file = parse("garbage,1\nmore,2\nDate,Amount\n2024-01-02,1.00\n", Map.of("skip", "2"));

        assertThat(file.transactionCount()).isEqualTo(1);
    }

    @Test
    void aFileOfRunningBalancesWithoutAmountsIsRefusedNamingTheBalanceColumn() {
        assertThatThrownBy(() -> parse("Date,Description,Balance\n2024-03-04,Shop,1221.56\n2024-03-15,Pay,3321.56\n"))
                .isInstanceOf(StatementParseException.class)
                .hasMessageContaining("no amount column found, only the running balances of column 'Balance'");
    }

    @Test
    void aFileWithoutDateColumnIsRejectedWithTheHeaderAndTheOptionToUse() {
        assertThatThrownBy(() -> parse("Name,Amount\nA,1.00\n")).isInstanceOf(StatementParseException.class)
                .hasMessageContaining("test.csv").hasMessageContaining("Name, Amount").hasMessageContaining("date=");
    }

    @Test
    void badOptionsAreRejectedClearly() {
        assertThatThrownBy(() -> parse("Date,Amount\n2024-01-02,1\n", Map.of("decimal", "x")))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("option decimal");
        assertThatThrownBy(() -> parse("Date,Amount\n2024-01-02,1\n", Map.of("amount", "Nope")))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("'Nope'");
        assertThatThrownBy(() -> parse("Date,Amount\n2024-01-02,1\n", Map.of("profile", "nobank")))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("nobank");
    }

    @Test
    void emptyAndBinaryFilesAreRejected() {
        assertThatThrownBy(() -> parser.parse(new byte[0], ParseContext.of("e.csv"))).isInstanceOf(StatementParseException.class);
        assertThatThrownBy(() -> parser.parse(new byte[] {1, 0, 2, 0, 0, 0, 9}, ParseContext.of("b.csv")))
                .isInstanceOf(StatementParseException.class);
    }

    @Test
    void recognizesCsvAndNotJsonOrOfx() {
        byte[] csv = "Date,Description,Amount\n2024-01-02,A,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] profile = "Date,Time,Amount,Type,Description\n".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.recognize(csv, "a.csv")).isGreaterThanOrEqualTo(70);
        assertThat(parser.recognize(profile, "a.csv")).isGreaterThanOrEqualTo(90);
        assertThat(parser.recognize("{\"accounts\":[]}".getBytes(StandardCharsets.UTF_8), "a.json")).isZero();
        assertThat(parser.recognize("OFXHEADER:100\n".getBytes(StandardCharsets.UTF_8), "a.ofx")).isZero();
        assertThat(parser.recognize(new byte[0], "a.csv")).isZero();
    }

    @Test
    void aForcedCharsetIsUsed() {
        byte[] bytes = "Date,Payee,Amount\n2024-01-02,Café,1.00\n".getBytes(Charset.forName("windows-1252"));

        ParsedFile file = parser.parse(bytes, new ParseContext("x.csv", Optional.of(USD),
                Optional.of(Charset.forName("windows-1252")), Map.of()));

        assertThat(transactions(file).get(0).rawDescriptor()).isEqualTo("Café");
        assertThat(file.warnings()).noneMatch(w -> w.contains("not UTF-8"));
    }

    @Test
    void rowsWhoseStatusSaysNoMoneyMovedAreSkippedAndNamed() {
        ParsedFile file = parse("Date,Description,Amount,State\n2024-03-04,Shop,-12.50,COMPLETED\n"
                + "2024-03-05,Hotel,-100.00,REVERTED\n2024-03-06,Cafe,-3.00,Declined\n");

        assertThat(transactions(file)).extracting(ParsedTransaction::line).containsExactly(2);
        assertThat(file.warnings()).anyMatch(w -> w.contains("Skipped 2 row(s) whose status says no money moved")
                && w.contains("[3, 4]"));
    }

    @Test
    void anEnDashBeforeTheDigitsIsAMinus() {
        assertThat(transactions(parse("Date,Description,Amount\n2024-03-04,Shop,\u201312.50\n")).get(0).amount())
                .isEqualTo(Money.parse("-12.50", USD));
    }

    @Test
    void twoAmountColumnsOfOneNameWithDifferentNumbersAreRefusedOnTheirLine() {
        assertThatThrownBy(() -> parse("Date,Description,Amount,Amount\n2024-03-04,Hotel,-55.10,-47.20\n"))
                .isInstanceOfSatisfying(StatementParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("columns 3 and 4 are both named 'Amount'");
                });
    }

    @Test
    void aFeeColumnIsNotTheAmountButAnAmountAfterFeesIs() {
        List<ParsedTransaction> rows = transactions(parse(
                "Date,Description,Source fee amount,Source amount after fees\n2024-03-04,Rent,0.55,-99.45\n"));

        assertThat(rows.get(0).amount()).isEqualTo(Money.parse("-99.45", USD));
    }

    @Test
    void aCurrencyStatedAboveTheHeaderIsTheRowsCurrency() {
        ParsedFile file = parse("Extras de cont\nMoneda: RON\n\nDate,Description,Amount\n2024-03-04,Shop,-12.50\n");

        assertThat(transactions(file).get(0).amount()).isEqualTo(Money.parse("-12.50", Currency.getInstance("RON")));
    }

    @Test
    void twoDifferentCurrenciesAboveTheHeaderStateNone() {
        ParsedFile file = parse("Currency: RON\nCurrency: EUR\nDate,Description,Amount\n2024-03-04,Shop,-12.50\n");

        assertThat(transactions(file).get(0).amount()).isEqualTo(Money.parse("-12.50", USD));
    }
}
