package org.myknees.adapter.bankformat.qif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

class QifStatementParserTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final QifStatementParser parser = new QifStatementParser();

    private ParsedFile parse(String text) {
        return parse(text, ParseContext.of("test.qif").withDefaultCurrency(EUR));
    }

    private ParsedFile parse(String text, ParseContext context) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), context);
    }

    private static List<ParsedTransaction> rows(ParsedFile file) {
        return file.statements().stream().flatMap(s -> s.transactions().stream()).toList();
    }

    private static List<LocalDate> dates(ParsedFile file) {
        return rows(file).stream().map(ParsedTransaction::bookingDate).toList();
    }

    private static String bank(String... dates) {
        StringBuilder text = new StringBuilder("!Type:Bank\n");
        for (String date : dates) {
            text.append('D').append(date).append("\nT-1.00\n^\n");
        }
        return text.toString();
    }

    @Test
    void readsTheFieldsOfABankRecord() {
        ParsedFile file = parse("""
                !Type:Bank
                D12/19/2018
                T-1,234.56
                CX
                N1005
                PCOUNTY WASTE
                MInvoice 77
                LUtilities:Garbage
                ^
                """);

        ParsedTransaction row = rows(file).get(0);
        assertThat(row.bookingDate()).isEqualTo(LocalDate.of(2018, 12, 19));
        assertThat(row.amount()).isEqualTo(Money.parse("-1234.56", EUR));
        assertThat(row.counterparty()).contains("COUNTY WASTE");
        assertThat(row.remittance()).contains("Invoice 77");
        assertThat(row.rawDescriptor()).isEqualTo("COUNTY WASTE Invoice 77");
        assertThat(row.line()).isEqualTo(2);
        assertThat(file.statements().get(0).account().type()).contains("Bank");
        assertThat(file.quarantined()).isEmpty();
        assertThat(file.warnings()).isEmpty();
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "8/31' 0    | 2000-08-31",
            "6/ 1' 0    | 2000-06-01",
            "1/ 2/98    | 1998-01-02",
            "12/31/99   | 1999-12-31",
            "01/02/2003 | 2003-01-02",
            "1/25'2003  | 2003-01-25",
            "2/ 3'15    | 2015-02-03",
            "2003-01-02 | 2003-01-02",
            "20030102   | 2003-01-02",
            "1-2-10     | 2010-01-02",
        })
        void readsTheCommonDateFormsInMonthFirstFiles(String written, LocalDate expected) {
            ParsedFile file = parse(bank(written, "12/25/2003"));

            assertThat(dates(file).get(0)).isEqualTo(expected);
        }

        @Test
        void decidesDayFirstForTheWholeFileFromOneUnambiguousDate() {
            ParsedFile file = parse(bank("03/04/2020", "05/04/2020", "25/04/2020"));

            assertThat(dates(file)).containsExactly(LocalDate.of(2020, 4, 3), LocalDate.of(2020, 4, 5),
                    LocalDate.of(2020, 4, 25));
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void decidesMonthFirstForTheWholeFileFromOneUnambiguousDate() {
            ParsedFile file = parse(bank("03/04/2020", "04/25/2020"));

            assertThat(dates(file)).containsExactly(LocalDate.of(2020, 3, 4), LocalDate.of(2020, 4, 25));
        }

        @Test
        void readsDottedDatesDayFirst() {
            assertThat(dates(parse(bank("03.04.2020")))).containsExactly(LocalDate.of(2020, 4, 3));
        }

        @Test
        void readsAmbiguousDatesOfADollarAccountMonthFirstAndSaysSo() {
            ParsedFile file = parse(bank("6/1/94", "6/2/94"),
                    ParseContext.of("t.qif").withDefaultCurrency(Currency.getInstance("USD")));

            assertThat(dates(file)).containsExactly(LocalDate.of(1994, 6, 1), LocalDate.of(1994, 6, 2));
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("dateOrder"));
        }

        @Test
        void readsAmbiguousDatesOfAPoundAccountDayFirstAndSaysSo() {
            ParsedFile file = parse(bank("6/1/94", "6/2/94"),
                    ParseContext.of("t.qif").withDefaultCurrency(Currency.getInstance("GBP")));

            assertThat(dates(file)).containsExactly(LocalDate.of(1994, 1, 6), LocalDate.of(1994, 2, 6));
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("dateOrder"));
        }

        @Test
        void letsTheCallerChooseTheOrder() {
            ParseContext dayFirst = ParseContext.of("t.qif").withDefaultCurrency(EUR)
                    .withOptions(Map.of("dateOrder", "DMY"));

            ParsedFile file = parse(bank("6/1/94", "6/2/94"), dayFirst);

            assertThat(dates(file)).containsExactly(LocalDate.of(1994, 1, 6), LocalDate.of(1994, 2, 6));
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void quarantinesTheDateThatContradictsTheRestOfTheFile() {
            ParsedFile file = parse(bank("25/04/2020", "26/04/2020", "04/27/2020"));

            assertThat(dates(file)).containsExactly(LocalDate.of(2020, 4, 25), LocalDate.of(2020, 4, 26));
            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.field()).isEqualTo("date");
                assertThat(q.line()).isEqualTo(8);
                assertThat(q.reason()).contains("04/27/2020", "day/month/year");
            });
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("disagree"));
        }

        @Test
        void quarantinesTextThatIsNoDate() {
            ParsedFile file = parse(bank("yesterday", "01/02/2003"));

            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.field()).isEqualTo("date");
                assertThat(q.reason()).contains("yesterday");
                assertThat(q.text()).isEqualTo("Dyesterday\nT-1.00");
            });
            assertThat(rows(file)).hasSize(1);
        }
    }

    @Nested
    class Amounts {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1,234.56      | 1234.56",
            "-30,020.00    | -30020.00",
            "-1.234,56     | -1234.56",
            "12,50         | 12.50",
            "1,234         | 1234.00",
            "1 234.56      | 1234.56",
            "+5            | 5.00",
            "-.5           | -0.50",
            "1,000,000.00  | 1000000.00",
        })
        void readsAmountsWithTheirGrouping(String written, String expected) {
            ParsedFile file = parse("!Type:Bank\nD01/02/2003\nT" + written + "\n^\n");

            assertThat(rows(file)).singleElement().extracting(ParsedTransaction::amount)
                    .isEqualTo(Money.parse(expected, EUR));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"12,34,5", "1.2.3", "$20", "1.234", "abc"})
        void quarantinesAmountsThatAreNotWhatTheySeem(String written) {
            ParsedFile file = parse("!Type:Bank\nD01/02/2003\nT" + written + "\n^\n");

            assertThat(rows(file)).isEmpty();
            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.field()).isEqualTo("amount");
                assertThat(q.reason()).contains(written);
            });
        }

        @Test
        void usesTheUAmountWhenThereIsNoT() {
            assertThat(rows(parse("!Type:Bank\nD01/02/2003\nU-7.25\n^\n")).get(0).amount())
                    .isEqualTo(Money.parse("-7.25", EUR));
        }

        @Test
        void readsUsDollarsWithAWarningWhenNoCurrencyIsGiven() {
            ParsedFile file = parse(bank("01/02/2003"), ParseContext.of("t.qif"));

            assertThat(rows(file).get(0).amount().currency()).isEqualTo(Currency.getInstance("USD"));
            assertThat(file.statements().get(0).currency()).as("the file itself states none").isEmpty();
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("no currency", "USD"));
        }
    }

    @Nested
    class Splits {

        @Test
        void keepsTheParentWithItsTotal() {
            ParsedFile file = parse("""
                    !Type:Bank
                    D7/13' 0
                    T1,000.00
                    PGnumatic, Inc.
                    LSalary
                    SSalary
                    ESalary Income
                    $1,500.00
                    STax:Fed
                    EFederal Tax
                    $-500.00
                    ^
                    D7/14' 0
                    T-5.00
                    PCOFFEE
                    ^
                    """);

            assertThat(rows(file)).extracting(ParsedTransaction::amount)
                    .containsExactly(Money.parse("1000.00", EUR), Money.parse("-5.00", EUR));
            assertThat(rows(file).get(0).rawDescriptor()).isEqualTo("Gnumatic, Inc.");
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void takesTheSumOfTheSplitsWhenTheTotalIsMissing() {
            ParsedFile file = parse("!Type:Cash\nD23/10/2013\nS[My Cc]\n$-31.00\nSfood:lunch\n$-17.00\n^\n");

            assertThat(rows(file).get(0).amount()).isEqualTo(Money.parse("-48.00", EUR));
        }

        @Test
        void warnsWhenTheSplitsDoNotAddUpToTheTotal() {
            ParsedFile file = parse("!Type:Bank\nD01/02/2003\nT75.00\nScategory 1\n$23\n^\n");

            assertThat(rows(file).get(0).amount()).isEqualTo(Money.parse("75.00", EUR));
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("23.00", "75.00"));
        }
    }

    @Nested
    class Accounts {

        @Test
        void readsEachTransactionSectionTypeAsItsOwnStatement() {
            ParsedFile file = parse("!Type:CCard\nD01/02/2003\nT-9.99\n^\n!Type:Cash\nD01/03/2003\nT-2.00\n^\n"
                    + "!Type:Oth L\nD01/04/2003\nT-300.00\n^\n!Type:Oth A\nD01/05/2003\nT1.00\n^\n");

            assertThat(file.statements()).extracting(s -> s.account().type().orElseThrow())
                    .containsExactly("CCard", "Cash", "Oth L", "Oth A");
            assertThat(file.transactionCount()).isEqualTo(4);
        }

        @Test
        void namesEachSectionAfterTheAccountRecordBeforeIt() {
            ParsedFile file = parse("""
                    !Option:AutoSwitch
                    !Account
                    NChecking Main
                    TBank
                    ^
                    NVisa
                    TCCard
                    ^
                    !Clear:AutoSwitch
                    !Account
                    NChecking Main
                    TBank
                    ^
                    !Type:Bank\s
                    D01/02/2003
                    T-1.00
                    ^
                    !Account
                    NVisa
                    TCCard
                    ^
                    !Type:CCard
                    D01/03/2003
                    T-2.00
                    ^
                    D01/04/2003
                    T-3.00
                    ^
                    !Account
                    NChecking Main
                    ^
                    !Type:Bank
                    D01/05/2003
                    T-4.00
                    """);

            assertThat(file.statements()).extracting(s -> s.account().name().orElseThrow())
                    .containsExactly("Checking Main", "Visa");
            assertThat(file.statements()).extracting(s -> s.transactions().size()).containsExactly(2, 2);
        }

        @Test
        void skipsSetupListsWithAWarning() {
            ParsedFile file = parse("!Type:Cat\nNfood\nE\n^\nNfood:lunch\nE\n^\n!Type:Memorized\nT-50.00\nPJoe\nKC\n^\n"
                    + bank("01/02/2003"));

            assertThat(file.transactionCount()).isEqualTo(1);
            assertThat(file.quarantined()).isEmpty();
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("2", "!Type:Cat"))
                    .anySatisfy(w -> assertThat(w).contains("1", "!Type:Memorized"));
        }

        @Test
        void quarantinesRecordsOfAnUnknownSection() {
            ParsedFile file = parse(bank("01/02/2003") + "!Type:Bogus\nD01/02/2003\nT1.00\n^\n");

            assertThat(file.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).contains("!Type:Bogus"));
        }
    }

    @Nested
    class Investments {

        private static final String INVESTMENT = """
                !Type:Invst
                D8/25/93
                NShrsIn
                Yibm4
                I11.260
                Q88.81
                T1,000.00
                ^
                """;

        @Test
        void refusesAFileOfInvestmentRecordsClearly() {
            assertThatThrownBy(() -> parse(INVESTMENT)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("test.qif:2").hasMessageContaining("investment")
                    .hasMessageContaining("not supported");
        }

        @Test
        void quarantinesInvestmentRecordsBesideBankOnes() {
            ParsedFile file = parse(bank("8/26/93") + INVESTMENT);

            assertThat(file.transactionCount()).isEqualTo(1);
            assertThat(file.quarantined()).singleElement().satisfies(q -> {
                assertThat(q.line()).isEqualTo(6);
                assertThat(q.reason()).contains("investment");
                assertThat(q.text()).contains("NShrsIn");
            });
        }
    }

    @Nested
    class Text {

        @Test
        void readsRecordsWithCrLfAndAMissingFinalCaret() {
            ParsedFile file = parse("!Type:Bank \r\nD01/02/2003\r\nT-1.00\r\n^\r\nD01/03/2003\r\nT-2.00\r\nPLAST\r\n");

            assertThat(rows(file)).extracting(ParsedTransaction::rawDescriptor).containsExactly("", "LAST");
            assertThat(rows(file)).extracting(ParsedTransaction::line).containsExactly(2, 5);
        }

        @Test
        void skipsAStrayCaretRightAfterTheHeader() {
            assertThat(parse("!Type:Bank\n^\n" + bank("01/02/2003").substring(11)).transactionCount()).isEqualTo(1);
        }

        @Test
        void readsWindows1252WhenTheBytesAreNotUtf8() {
            byte[] bytes = "!Type:Bank\nD01/02/2003\nT-1.00\nPCaf\u00e9 \u20ac\n^\n"
                    .getBytes(Charset.forName("windows-1252"));

            ParsedFile file = parser.parse(bytes, ParseContext.of("t.qif").withDefaultCurrency(EUR));

            assertThat(rows(file).get(0).counterparty()).contains("Café €");
        }

        @Test
        void readsUtf8WithAByteOrderMark() {
            byte[] text = "!Type:Bank\nD01/02/2003\nT-1.00\nPZürich\n^\n".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);

            ParsedFile file = parser.parse(bytes, ParseContext.of("t.qif").withDefaultCurrency(EUR));

            assertThat(rows(file).get(0).counterparty()).contains("Zürich");
        }

        @Test
        void refusesTextWithoutAQifHeader() {
            assertThatThrownBy(() -> parse("Tchen tenterait-il de lever la moustiquaire ?\n"))
                    .isInstanceOf(StatementParseException.class).hasMessageContaining("not a QIF file");
            assertThatThrownBy(() -> parser.parse(new byte[0], ParseContext.of("e.qif")))
                    .isInstanceOf(StatementParseException.class).hasMessageContaining("empty");
        }

        @Test
        void refusesARecordThatNeverEnds() {
            String endless = "!Type:Bank\nD01/02/2003\n" + "$1\n".repeat(QifRecords.MAX_FIELDS);

            assertThatThrownBy(() -> parse(endless)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("test.qif:2").hasMessageContaining("more than " + QifRecords.MAX_FIELDS);
        }

        @Test
        void refusesMoreRecordsThanAFileMayHold() {
            String flood = "!Type:Bank\n" + "Dx\n^\n".repeat(QifInterpreter.MAX_ROWS + 1);

            assertThatThrownBy(() -> parse(flood)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("more than " + QifInterpreter.MAX_ROWS + " records");
        }

        @Test
        void saysSoWhenAFileHoldsNoTransactions() {
            ParsedFile file = parse("!Type:Bank\n");

            assertThat(file.statements()).isEmpty();
            assertThat(file.warnings()).anySatisfy(w -> assertThat(w).contains("no transactions"));
        }
    }

    @Test
    void recognizesQifHeadersAndNothingElse() {
        assertThat(parser.recognize("!Type:Bank\nD1/1/10".getBytes(StandardCharsets.US_ASCII), "a.qif")).isEqualTo(100);
        assertThat(parser.recognize("\n!Account\nNChecking".getBytes(StandardCharsets.US_ASCII), "export")).isEqualTo(90);
        assertThat(parser.recognize("OFXHEADER:100".getBytes(StandardCharsets.US_ASCII), "a.ofx")).isZero();
        assertThat(parser.recognize(null, null)).isZero();
    }

    @Test
    void isFoundThroughTheServiceLoaderUnderTheQifFormat() {
        List<StatementParser> parsers = ServiceLoader.load(StatementParser.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(parsers).filteredOn(p -> p.format().equals(ImportFormat.QIF))
                .singleElement().isInstanceOf(QifStatementParser.class);
    }

    @Test
    void keepsTheAccountOfAStatementWhoseRowsAreAllQuarantined() {
        ParsedFile file = parse("!Account\nNSavings\n^\n!Type:Bank\nDnever\nT1.00\n^\n");

        assertThat(file.statements()).extracting(ParsedStatement::account)
                .allSatisfy(account -> assertThat(account.name()).contains("Savings"));
        assertThat(file.quarantined()).hasSize(1);
    }
}
