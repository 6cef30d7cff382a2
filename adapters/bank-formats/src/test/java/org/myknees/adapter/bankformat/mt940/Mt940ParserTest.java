package org.myknees.adapter.bankformat.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatedBalance;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

class Mt940ParserTest {

    private final Mt940Parser parser = new Mt940Parser();

    private ParsedFile parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), ParseContext.of("sample.sta"));
    }

    private ParsedTransaction onlyTransaction(String text) {
        ParsedFile file = parse(text);
        assertThat(file.quarantined()).isEmpty();
        assertThat(file.transactionCount()).isEqualTo(1);
        return file.statements().get(0).transactions().get(0);
    }

    /** A statement around the given {@code :61:}/{@code :86:} lines, in EUR. */
    private static String statementWith(String lines) {
        return ":20:REF\n:25:NL91ABNA0417164300\n:28C:1/1\n:60F:C240101EUR100,00\n" + lines
                + "\n:62F:C240102EUR100,00\n-\n";
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    @Nested
    class Structure {

        @Test
        void readsAStatementInsideASwiftEnvelope() {
            ParsedFile file = parse("""
                    {1:F01BANKDEFFAXXX0000000000}{2:I940BANKDEFFXXXXN}{4:
                    :20:STARTUMS
                    :25:DE89370400440532013000
                    :28C:00001/001
                    :60F:C240301EUR1000,00
                    :61:2403010301D25,50NTRFNONREF//BR24030100004711
                    :86:/NAME/Bakery/REMI/Bread
                    :62F:C240301EUR974,50
                    -}{5:{CHK:123456789ABC}}
                    """);

            ParsedStatement statement = file.statements().get(0);
            assertThat(statement.account().identifier()).contains("DE89370400440532013000");
            assertThat(statement.currency()).contains(Currency.getInstance("EUR"));
            assertThat(statement.opening()).contains(new StatedBalance(eur("1000.00"), LocalDate.of(2024, 3, 1)));
            assertThat(statement.closing()).contains(new StatedBalance(eur("974.50"), LocalDate.of(2024, 3, 1)));
            assertThat(statement.transactions()).singleElement().satisfies(t -> {
                assertThat(t.amount()).isEqualTo(eur("-25.50"));
                assertThat(t.line()).isEqualTo(6);
            });
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void skipsBankPreamblesAndRabobankHeaderLines() {
            ParsedFile abn = parse("ABNANL2A\n940\nABNANL2A\n" + statementWith(":61:2401020102C5,00N426NONREF"));
            ParsedFile rabobank = parse(":940:\n" + statementWith(":61:2401020102C5,00N426NONREF"));

            assertThat(abn.transactionCount()).isEqualTo(1);
            assertThat(rabobank.transactionCount()).isEqualTo(1);
        }

        @Test
        void startsAStatementAtEachTransactionReference() {
            ParsedFile file = parse("""
                    :20:FIRST
                    :25:12345678/0000123456
                    :28C:1
                    :60F:C240101EUR10,00
                    :61:2401020102C1,00NTRFNONREF
                    :62F:C240102EUR11,00
                    :20:SECOND
                    :25:87654321/0000654321
                    :28C:2
                    :60F:D240102EUR5,00
                    :62F:D240103EUR5,00
                    """);

            assertThat(file.statements()).hasSize(2);
            ParsedStatement second = file.statements().get(1);
            assertThat(second.account().bankId()).contains("87654321");
            assertThat(second.account().identifier()).contains("0000654321");
            assertThat(second.opening()).map(StatedBalance::amount).contains(eur("-5.00"));
            assertThat(second.transactions()).isEmpty();
        }

        @Test
        void takesIntermediateBalancesAsTheOpeningAndClosingOfTheirPage() {
            ParsedFile file = parse("""
                    :20:PAGE1
                    :25:12345678/0000123456
                    :28C:7/1
                    :60F:C240101EUR10,00
                    :61:2401020102C5,00NTRFNONREF
                    :62M:C240102EUR15,00
                    :20:PAGE2
                    :25:12345678/0000123456
                    :28C:7/2
                    :60M:C240102EUR15,00
                    :61:2401020102D1,00NTRFNONREF
                    :62F:C240102EUR14,00
                    """);

            assertThat(file.statements()).extracting(s -> s.closing().orElseThrow().amount())
                    .containsExactly(eur("15.00"), eur("14.00"));
            assertThat(file.statements().get(1).opening()).map(StatedBalance::amount).contains(eur("15.00"));
        }

        @Test
        void splitsTheAccountIntoBankCodeAndNumberAndDropsATrailingCurrency() {
            ParsedFile file = parse(statementWith("").replace(":25:NL91ABNA0417164300", ":25:10020030/1234567890EUR"));

            assertThat(file.statements().get(0).account().bankId()).contains("10020030");
            assertThat(file.statements().get(0).account().identifier()).contains("1234567890");
        }

        @Test
        void joinsAnIbanWrittenInGroupsOfFour() {
            ParsedFile file = parse(statementWith("").replace(":25:NL91ABNA0417164300", ":25:NL12 KNAB 0987 6543 21"));

            assertThat(file.statements().get(0).account().identifier()).contains("NL12KNAB0987654321");
        }

        @Test
        void keepsWrappedTextThatLooksLikeAnUnknownTagInsideItsField() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102D6,00N024NONREF
                    :86:805?00ENTGELTABSCHLUSS?20Pauschalen 2017-01-01T13
                    :12:11"""));

            assertThat(transaction.remittance()).contains("Pauschalen 2017-01-01T13:12:11");
        }

        @Test
        void warnsWhenTheTransactionsDoNotLeadFromOpeningToClosingBalance() {
            ParsedFile file = parse(statementWith(":61:2401020102C5,00NTRFNONREF"));

            assertThat(file.warnings()).singleElement().asString()
                    .contains("sample.sta:1").contains("105.00").contains("100.00 EUR");
        }
    }

    @Nested
    class StatementLines {

        @Test
        void infersTheEntryYearAcrossTheYearEnd() {
            ParsedTransaction forward = onlyTransaction(statementWith(":61:2312310102D1,00NTRFNONREF"));
            ParsedTransaction backward = onlyTransaction(statementWith(":61:2401021231D1,00NTRFNONREF"));

            assertThat(forward.bookingDate()).isEqualTo(LocalDate.of(2024, 1, 2));
            assertThat(forward.valueDate()).contains(LocalDate.of(2023, 12, 31));
            assertThat(backward.bookingDate()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(backward.valueDate()).contains(LocalDate.of(2024, 1, 2));
        }

        @Test
        void usesTheValueDateAsBookingDateWhenTheEntryDateIsMissing() {
            ParsedTransaction transaction = onlyTransaction(statementWith(":61:240315C1,00NTRFNONREF"));

            assertThat(transaction.bookingDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(transaction.valueDate()).isEmpty();
        }

        @Test
        void readsThirtiethOfFebruaryAsTheLastDayOfFebruary() {
            ParsedTransaction transaction = onlyTransaction(statementWith(":61:2402300301D6,00N024NONREF"));

            assertThat(transaction.valueDate()).contains(LocalDate.of(2024, 2, 29));
            assertThat(transaction.bookingDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        }

        @Test
        void signsAmountsByTheirDebitCreditAndReversalMarks() {
            ParsedFile file = parse(statementWith("""
                    :61:2401020102C1,00NTRFNONREF
                    :61:2401020102D2,00NTRFNONREF
                    :61:2401020102RD3,00NTRFNONREF
                    :61:2401020102RC4,00NTRFNONREF
                    :61:2401020102CR5,00NTRFNONREF
                    :61:2401020102DR6,00NTRFNONREF
                    :61:2401020102RDR7,00NTRFNONREF"""));

            assertThat(file.statements().get(0).transactions()).extracting(ParsedTransaction::amount).containsExactly(
                    eur("1.00"), eur("-2.00"), eur("3.00"), eur("-4.00"), eur("5.00"), eur("-6.00"), eur("7.00"));
        }

        @Test
        void readsAmountsWithoutDecimalsOrWithATrailingComma() {
            ParsedFile file = parse(statementWith("""
                    :61:2401020102C119,NMSCNONREF
                    :61:2401020102C500NTRFNONREF
                    :61:2401020102C0,5NTRFNONREF"""));

            assertThat(file.statements().get(0).transactions()).extracting(ParsedTransaction::amount)
                    .containsExactly(eur("119"), eur("500"), eur("0.50"));
        }

        @Test
        void joinsTheOwnersAndTheBanksReferenceIntoTheExternalId() {
            ParsedFile file = parse(statementWith("""
                    :61:2401020102D1,00NTRFNONREF//BR24030100004711
                    :61:2401020102D1,00NTRF0000123456700010//031415926/000001
                    :61:2401020102D1,00NTRFEREF123
                    :61:2401020102D1,00NTRFNONREF"""));

            assertThat(file.statements().get(0).transactions()).extracting(ParsedTransaction::externalId)
                    .containsExactly(Optional.of("BR24030100004711"),
                            Optional.of("0000123456700010//031415926/000001"), Optional.of("EREF123"),
                            Optional.empty());
        }

        @Test
        void separatesAPaddedReferenceFromTheNameAfterIt() {
            ParsedTransaction transaction = onlyTransaction(
                    statementWith(":61:2401020102D1213,28N0440987654321      J.K. de Vries"));

            assertThat(transaction.externalId()).contains("0987654321");
            assertThat(transaction.rawDescriptor()).isEqualTo("J.K. de Vries");
        }

        @Test
        void describesALineWithoutDetailsByItsSupplementaryDetails() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102C400,00N541NONREF
                    NL00RABO0000000001"""));

            assertThat(transaction.rawDescriptor()).isEqualTo("NL00RABO0000000001");
        }

        @Test
        void readsALineWrappedBeforeItsAmount() {
            ParsedTransaction transaction = onlyTransaction(statementWith(":61:2403120312CR\n30,00N062NONREF"));

            assertThat(transaction.amount()).isEqualTo(eur("30.00"));
        }
    }

    @Nested
    class Details {

        @Test
        void readsGermanSubfieldsIntoPostingTextCounterpartyAndRemittance() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102D233,15NMSCNONREF
                    :86:105?00Basislastschrift?10931?20EREF+2024-0042-7?21MREF+KD
                    -778899?22SVWZ+Abschlag Maerz?30MUSTDEMMXXX?31DE000000000000000
                    1234?32Stadtwerke Musterstadt Kun?33denservice?60Ref 42"""));

            assertThat(transaction.counterparty()).contains("Stadtwerke Musterstadt Kundenservice");
            assertThat(transaction.remittance()).contains("EREF+2024-0042-7 MREF+KD-778899 SVWZ+Abschlag MaerzRef 42");
            assertThat(transaction.rawDescriptor()).isEqualTo("Basislastschrift Stadtwerke Musterstadt Kundenservice "
                    + "EREF+2024-0042-7 MREF+KD-778899 SVWZ+Abschlag MaerzRef 42");
        }

        @Test
        void readsDutchKeysIntoCounterpartyAndRemittance() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102D42,50NTRFNONREF
                    :86:/TRTP/SEPA OVERBOEKING/IBAN/NL00INGB0001234567/BIC/INGBNL2A/NAME/Bakke
                    rij De Korenschoof/REMI/Factuur 2024-0042/EREF/NOTPROVIDED"""));

            assertThat(transaction.counterparty()).contains("Bakkerij De Korenschoof");
            assertThat(transaction.remittance()).contains("Factuur 2024-0042");
            assertThat(transaction.rawDescriptor())
                    .isEqualTo("SEPA OVERBOEKING Bakkerij De Korenschoof Factuur 2024-0042");
        }

        @Test
        void readsIngCounterpartyBlocksAndUnstructuredRemittance() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102D192,36NTRFNONREF//14237654096217
                    :86:/CNTP/NL00ABNA0123456789/ABNANL2A/P Jansen///REMI/USTD//03-01
                    -2024 Parkeren centrum/"""));

            assertThat(transaction.counterparty()).contains("P Jansen");
            assertThat(transaction.remittance()).contains("03-01-2024 Parkeren centrum");
        }

        @Test
        void takesNameAndDescriptionLabelsFromOlderDutchFreeText() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102C1000,NTRFNONREF//KN240102XYZ00001
                    :86:REK: NL00ABNA0111111111/NAAM: HOVENIERS DE LINDE VOF
                    OMSCHRIJVING: Factuur 7"""));

            assertThat(transaction.counterparty()).contains("HOVENIERS DE LINDE VOF");
            assertThat(transaction.remittance()).contains("Factuur 7");
        }

        @Test
        void keepsUnstructuredTextAsTheDescriptor() {
            ParsedTransaction transaction = onlyTransaction(statementWith("""
                    :61:2401020102D9,NTRFNONREF
                    :86:GIRO   123456 TELECOM NOORD BV  BETALINGSKENM.  000000012345678
                    9012345678                       BETREFT FACTUUR
                    INCL. 2,10 BTW"""));

            assertThat(transaction.counterparty()).isEmpty();
            assertThat(transaction.remittance()).isEmpty();
            assertThat(transaction.rawDescriptor()).isEqualTo("GIRO   123456 TELECOM NOORD BV  BETALINGSKENM.  "
                    + "0000000123456789012345678                       BETREFT FACTUUR INCL. 2,10 BTW");
        }
    }

    @Nested
    class InterimReports {

        private static final String MT942 = """
                :20:INTRADAY0001
                :25:GB00TEST12345678901234
                :28C:00042/00001
                :34F:EURD0,00
                :34F:EURC0,00
                :13D:2403051730+0100
                :61:2403050306D0,42NMSCNONREF//IR240305000001
                CARD FEE
                :86:Card fee March
                :90D:1EUR0,42
                :90C:0EUR0,00
                """;

        @Test
        void readsAnInterimReportAsAStatementWithoutBalances() {
            ParsedFile file = new Mt942Parser().parse(MT942.getBytes(StandardCharsets.UTF_8),
                    ParseContext.of("report.942"));

            ParsedStatement statement = file.statements().get(0);
            assertThat(statement.currency()).contains(Currency.getInstance("EUR"));
            assertThat(statement.opening()).isEmpty();
            assertThat(statement.closing()).isEmpty();
            assertThat(statement.transactions()).singleElement().satisfies(t -> {
                assertThat(t.amount()).isEqualTo(eur("-0.42"));
                assertThat(t.bookingDate()).isEqualTo(LocalDate.of(2024, 3, 6));
                assertThat(t.externalId()).contains("IR240305000001");
                assertThat(t.rawDescriptor()).isEqualTo("Card fee March");
            });
        }

        @Test
        void recognizesInterimReportsForTheMt942Parser() {
            byte[] report = MT942.getBytes(StandardCharsets.UTF_8);
            byte[] statement = statementWith(":61:2401020102C1,00NTRFNONREF").getBytes(StandardCharsets.UTF_8);

            assertThat(new Mt942Parser().recognize(report, "report.txt")).isGreaterThan(parser.recognize(report,
                    "report.txt"));
            assertThat(parser.recognize(statement, "x.sta")).isGreaterThan(new Mt942Parser().recognize(statement,
                    "x.sta"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void quarantinesAMalformedLineWithItsLineAndFieldWhileTheRestImports() {
            ParsedFile file = parse(statementWith("""
                    :61:2401020102C1,00NTRFNONREF
                    :61:24X1020102C2,00NTRFNONREF
                    :86:/NAME/Broken
                    :61:2401020102C3,00NTRFNONREF"""));

            assertThat(file.transactionCount()).isEqualTo(2);
            QuarantinedRow row = file.quarantined().get(0);
            assertThat(row.line()).isEqualTo(6);
            assertThat(row.field()).isEqualTo(":61: value date");
            assertThat(row.reason()).contains("24X102");
            assertThat(row.text()).isEqualTo(":61:24X1020102C2,00NTRFNONREF\n:86:/NAME/Broken");
        }

        @Test
        void quarantinesLinesOfAStatementThatStatesNoCurrency() {
            String fragment = ":20:REF\n:61:2401020102C1,00NTRFNONREF\n";

            ParsedFile withoutDefault = parse(fragment);
            ParsedFile withDefault = parser.parse(fragment.getBytes(StandardCharsets.UTF_8),
                    ParseContext.of("f.sta").withDefaultCurrency(Currency.getInstance("CHF")));

            assertThat(withoutDefault.quarantined()).singleElement()
                    .satisfies(row -> assertThat(row.field()).isEqualTo(":61: currency"));
            assertThat(withDefault.statements().get(0).transactions()).extracting(ParsedTransaction::amount)
                    .containsExactly(Money.parse("1.00", "CHF"));
        }

        @Test
        void dropsABalanceWithMoreDecimalsThanItsCurrencyWithAWarning() {
            ParsedFile file = parse(":20:REF\n:25:123\n:60F:C240101JPY100,50\n:62F:C240101JPY100\n");

            assertThat(file.statements().get(0).opening()).isEmpty();
            assertThat(file.statements().get(0).closing()).map(StatedBalance::amount)
                    .contains(Money.parse("100", "JPY"));
            assertThat(file.warnings()).singleElement().asString().contains("sample.sta:3").contains(":60F:");
        }

        @Test
        void rejectsAFileWhoseFirstTagIsNoMt940Field() {
            assertThatThrownBy(() -> parse(":9401:\n:20:940S140102\n:25:NL34RABO0142623393\n"))
                    .isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("sample.sta:1").hasMessageContaining(":9401:");
        }

        @Test
        void rejectsTextWithoutAnyStatementField() {
            for (String text : List.of("", "Date,Amount\n2024-01-01,5.00\n", ":NS:\n", "1\n2\n3\n")) {
                assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(StatementParseException.class)
                        .hasMessageContaining("no MT940/MT942 statement");
            }
        }
    }

    @Test
    void isRegisteredForServiceLoaderUnderBothFormats() {
        assertThat(ServiceLoader.load(StatementParser.class).stream().map(ServiceLoader.Provider::type))
                .contains(Mt940Parser.class, Mt942Parser.class);
        assertThat(new Mt942Parser().format()).isEqualTo(ImportFormat.MT942);
        assertThat(parser.format()).isEqualTo(ImportFormat.MT940);
    }

    @Nested
    class Recognition {

        @Test
        void isSureOfAnEnvelopeAndConfidentOfStatementTags() {
            assertThat(parser.recognize("{1:F01X}{2:I940BANKXXXXN}{4:\n:20:A\n".getBytes(StandardCharsets.UTF_8),
                    "a.txt")).isGreaterThanOrEqualTo(90);
            assertThat(parser.recognize(statementWith("").getBytes(StandardCharsets.UTF_8), "a.txt"))
                    .isGreaterThanOrEqualTo(80);
        }

        @Test
        void ignoresOtherFormatsAndNeverThrows() {
            assertThat(parser.recognize("<?xml version=\"1.0\"?><Document/>".getBytes(StandardCharsets.UTF_8),
                    "a.xml")).isZero();
            assertThat(parser.recognize("OFXHEADER:100\nDATA:OFXSGML\n".getBytes(StandardCharsets.UTF_8), "a.ofx"))
                    .isZero();
            assertThat(parser.recognize(null, null)).isZero();
            assertThat(parser.recognize(new byte[] {(byte) 0xFF, 0, ':', '2', '0', ':'}, null)).isBetween(0, 100);
        }
    }
}
