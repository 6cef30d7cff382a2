package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.domain.money.Money;

/** The content-driven choices of the layout finder, each also shown where it must not fire. */
class LayoutInferenceTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final CsvStatementParser parser = new CsvStatementParser();

    private ParsedFile parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), ParseContext.of("test.csv").withDefaultCurrency(USD));
    }

    private static List<Money> amounts(ParsedFile file) {
        return file.statements().stream().flatMap(s -> s.transactions().stream()).map(ParsedTransaction::amount).toList();
    }

    @Test
    void aCheckingAccountPayingItsCardKeepsItsSignsThoughARowSaysThankYou() {
        ParsedFile file = parse("Date,Description,Amount\n"
                + "03/04/2024,KROGER,-12.50\n03/05/2024,CARD PAYMENT THANK YOU,-500.00\n03/06/2024,RENT,-900.00\n"
                + "03/15/2024,PAYROLL,2100.00\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("-500.00", USD),
                Money.parse("-900.00", USD), Money.parse("2100.00", USD));
        assertThat(file.warnings()).noneMatch(w -> w.contains("negate"));
    }

    @Test
    void aCardFileIsNegatedOnlyWhenItsPaymentRowsAreNegative() {
        ParsedFile card = parse("Date,Description,Amount\n"
                + "03/04/2024,KROGER,12.50\n03/06/2024,PAYMENT RECEIVED - THANK YOU,-500.00\n03/13/2024,SHELL,41.17\n");

        assertThat(amounts(card)).containsExactly(Money.parse("-12.50", USD), Money.parse("500.00", USD),
                Money.parse("-41.17", USD));
        assertThat(card.warnings()).anyMatch(w -> w.contains("negate=false"));
    }

    @Test
    void aFileOfOnlyPositiveAmountsIsReadAsWrittenWithAWarningNamingNegate() {
        ParsedFile file = parse("Date,Description,Amount\n03/04/2024,KROGER,12.50\n03/13/2024,SHELL,41.17\n");

        assertThat(amounts(file)).containsExactly(Money.parse("12.50", USD), Money.parse("41.17", USD));
        assertThat(file.warnings()).anyMatch(w -> w.contains("Every amount in the file is positive")
                && w.contains("negate=true"));
    }

    @Test
    void theUserCanRefuseTheCardSignConvention() {
        ParsedFile file = parser.parse(("Date,Description,Amount\n03/04/2024,KROGER,12.50\n"
                        + "03/06/2024,PAYMENT RECEIVED - THANK YOU,-500.00\n").getBytes(StandardCharsets.UTF_8),
                ParseContext.of("t.csv").withDefaultCurrency(USD).withOptions(java.util.Map.of("negate", "false")));

        assertThat(amounts(file)).containsExactly(Money.parse("12.50", USD), Money.parse("-500.00", USD));
    }

    @Test
    void aNameOfTwoRolesTakesTheRoleItsCellsFit() {
        ParsedFile valueDate = parse("Buchung;Valuta;Text;Betrag\n04.03.2024;05.03.2024;REWE;-12,50\n");
        ParsedFile currency = parse("Data;Descrizione;Valuta;Importo\n04/03/2024;Esselunga;EUR;-12,50\n");

        ParsedTransaction german = valueDate.statements().get(0).transactions().get(0);
        assertThat(german.valueDate()).hasValueSatisfying(d -> assertThat(d.getDayOfMonth()).isEqualTo(5));
        assertThat(currency.statements().get(0).currency()).contains(Currency.getInstance("EUR"));
    }

    @Test
    void aFilledAmountColumnStillBeatsDebitAndCreditColumns() {
        ParsedFile file = parse("Date,Description,Amount,Money Out,Money In\n2024-03-04,Tesco,-12.50,-12.50,\n"
                + "2024-03-05,Salary,2100.00,,2100.00\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
    }

    @Test
    void aRowWithoutAmountThatIsNoBalanceLineIsStillQuarantined() {
        ParsedFile file = parse("Date,Description,Amount\n2024-03-04,Tesco,-12.50\n2024-03-05,Refund pending,\n");

        assertThat(file.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(3);
            assertThat(q.field()).isEqualTo("amount");
        });
    }

    @Test
    void headerlessAmountAndRunningBalanceAreToldApartInEitherFileOrder() {
        ParsedFile oldestFirst = parse("04/03/2024,-12.50,SHOP,987.50\n05/03/2024,-54.00,GAS,933.50\n"
                + "15/03/2024,2100.00,PAY,3033.50\n");
        ParsedFile newestFirst = parse("15/03/2024,PAY,3033.50,2100.00\n05/03/2024,GAS,933.50,-54.00\n"
                + "04/03/2024,SHOP,987.50,-12.50\n");

        assertThat(amounts(oldestFirst)).containsExactly(Money.parse("-12.50", USD), Money.parse("-54.00", USD),
                Money.parse("2100.00", USD));
        assertThat(amounts(newestFirst)).containsExactly(Money.parse("2100.00", USD), Money.parse("-54.00", USD),
                Money.parse("-12.50", USD));
        assertThat(oldestFirst.statements().get(0).closing())
                .hasValueSatisfying(b -> assertThat(b.amount()).isEqualTo(Money.parse("3033.50", USD)));
    }

    @Test
    void keyValueBlocksAreNotSeenInOrdinaryCsv() {
        assertThat(KeyValueBlocks.records("Date,Description,Amount\n2024-03-04,Note: paid,-1.00\n")).isEmpty();
        assertThat(KeyValueBlocks.records("Date: 04/03/2024\nAmount: -1.00\n")).isEmpty();
    }

    @Test
    void keyValueBlocksBecomeAHeaderAndOneRecordPerBlock() {
        Optional<List<CsvRecord>> records = KeyValueBlocks.records(
                "From: 01/03/2024 to 31/03/2024\n\nDate: 04/03/2024\nAmount: -1.00\n\nDate: 05/03/2024\nAmount: 2.00\n");

        assertThat(records).hasValueSatisfying(list -> assertThat(list).extracting(CsvRecord::fields).containsExactly(
                List.of("01/03/2024 to 31/03/2024"), List.of("Date", "Amount"), List.of("04/03/2024", "-1.00"),
                List.of("05/03/2024", "2.00")));
    }

    @Test
    void theDelimiterIsNotOneThatCutsQuotedCells() {
        String text = "\"Buchungstag\";\"Text\";\"Umsatz in EUR\";\n\"04.03.2024\";\"A\";\"-45,10\";\n"
                + "\"05.03.2024\";\"B\";\"-1,00\";\n\"Alter Kontostand\";\"1,00 EUR\";\n";

        assertThat(Delimiters.detect(text)).isEqualTo(';');
    }

    @Test
    void balanceLinesCutAtTheirDecimalCommaDoNotMakeASemicolonFileACommaFile() {
        String text = "Počáteční zůstatek;10 360,00\nKonečný zůstatek;34 694,50\n\nDatum;Text;Částka\n"
                + "04.03.2024;ALBERT;-125,50\n15.03.2024;ACME;25000,00\n";

        assertThat(Delimiters.detect(text)).isEqualTo(';');
    }

    @Test
    void aProfileDoesNotClaimAHeaderWithManyMoreColumns() {
        List<String> monzo = LayoutFinder.normalized(List.of("Transaction ID", "Date", "Time", "Type", "Name", "Emoji",
                "Category", "Amount", "Currency", "Local amount", "Local currency", "Notes and #tags", "Address",
                "Receipt", "Description", "Category split", "Money Out", "Money In"));
        List<String> ally = LayoutFinder.normalized(List.of("Date", "Time", "Amount", "Type", "Description"));

        assertThat(CsvProfiles.matchHeader(monzo)).isEmpty();
        assertThat(CsvProfiles.matchHeader(ally)).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("ally-bank"));
    }

    @Test
    void aHeaderNoListHoldsIsReadByItsWordsButADataRowUsingThoseWordsIsNoHeader() {
        ParsedFile file = parse("Posted Transactions Date,Transaction Narrative,Debit Amt,Credit Amt\n"
                + "04/03/2024,DIRECT DEBIT DATE 04,12.50,\n15/03/2024,SALARY DEPOSIT,,2100.00\n");
        ParsedFile headerless = parse("04/03/2024,DIRECT DEBIT AMOUNT DATE,-12.50\n15/03/2024,SALARY,2100.00\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
        assertThat(amounts(headerless)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
    }

    @Test
    void camelCaseHeadersAreWords() {
        assertThat(HeaderVocabulary.normalize("dateOp")).isEqualTo("date op");
        assertThat(HeaderVocabulary.normalize("IBAN")).isEqualTo("iban");
        assertThat(HeaderVocabulary.normalize("Beløb")).isEqualTo("belob");
    }

    @Test
    void headerlessDebitAndCreditColumnsAreToldApartByTheRunningBalance() {
        ParsedFile depositFirst = parse("03/04/2024,KROGER,,12.50,1221.56\n03/15/2024,PAYROLL,2100.00,,3321.56\n"
                + "03/18/2024,DUKE ENERGY,,54.00,3267.56\n");
        ParsedFile withoutBalance = parse("03/04/2024,KROGER,12.50,\n03/15/2024,PAYROLL,,2100.00\n");

        assertThat(amounts(depositFirst)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD),
                Money.parse("-54.00", USD));
        assertThat(amounts(withoutBalance)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
    }

    @Test
    void aBalanceLineIsSkippedButARowWithoutTextAmongRowsWithoutTextIsKept() {
        ParsedFile closing = parse("Date,Description,Amount\n03/04/2024,KROGER,-12.50\n03/31/2024,,3267.56\n");
        ParsedFile bare = parse("Date,Description,Amount\n03/04/2024,,-12.50\n03/31/2024,,20.00\n");

        assertThat(amounts(closing)).containsExactly(Money.parse("-12.50", USD));
        assertThat(closing.warnings()).anyMatch(w -> w.contains("1 balance, total or note line") && w.contains("[3]"));
        assertThat(amounts(bare)).containsExactly(Money.parse("-12.50", USD), Money.parse("20.00", USD));
    }

    @Test
    void unnamedColumnsAfterTheDescriptionCarryItOnAndAnUnnamedColumnOfMarksSignsTheAmount() {
        ParsedFile file = parse("Datum;Opis;;;Umsatz;\n04.03.2024;Karte;REWE;Koeln;12,50;S\n"
                + "15.03.2024;Gehalt;ACME;;2.100,00;H\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
        assertThat(file.statements().get(0).transactions().get(0).rawDescriptor()).isEqualTo("Karte REWE Koeln");
    }

    @Test
    void aColumnOfPlusAndMinusMarksSignsPositiveAmounts() {
        ParsedFile file = parse("Date,Text,Sign,Amount\n03/04/2024,KROGER,-,12.50\n03/15/2024,PAYROLL,+,2100.00\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
    }

    @Test
    void aColumnOfDashesOnlyIsNoSignColumn() {
        ParsedFile file = parse("Date,Text,,Amount\n03/04/2024,KROGER,-,12.50\n03/15/2024,REFUND,-,4.20\n");

        assertThat(amounts(file)).containsExactly(Money.parse("12.50", USD), Money.parse("4.20", USD));
    }

    @Test
    void aHeaderOfUnknownNamesAboveDatesAndAmountsIsAHeaderNotARow() {
        ParsedFile file = parse("Ημερομηνία;Περιγραφή;Ποσό\n04/03/2024;ΣΚΛΑΒΕΝΙΤΗΣ;-12,50\n"
                + "15/03/2024;ACME;2.100,00\n");

        assertThat(file.quarantined()).isEmpty();
        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
    }

    @Test
    void aTitleLineAboveHeaderlessRowsStaysOutsideTheRows() {
        ParsedFile file = parse("Account statement\n04/03/2024,TESCO,-12.50\n15/03/2024,ACME,2100.00\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-12.50", USD), Money.parse("2100.00", USD));
    }

    @Test
    void aHeaderNamingNoDateOrTextTakesTheUnnamedDateAndWordColumns() {
        ParsedFile file = parse("Zeitpunkt;Nimi;Otsikko;Betrag\n04.03.2024 14:22;REWE;Kartenzahlung;-12,50\n"
                + "15.03.2024 06:01;ACME;Gehalt;2100,00\n");

        List<ParsedTransaction> rows = file.statements().get(0).transactions();
        assertThat(rows).extracting(ParsedTransaction::bookingDate)
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 15));
        assertThat(rows.get(0).rawDescriptor()).contains("REWE").contains("Kartenzahlung");
    }

    @Test
    void aDatedRowWhoseOnlyTextIsABalanceLabelIsSkippedButAMerchantNamedTotalIsNot() {
        ParsedFile file = parse("Date,Description,Amount\n03/01/2024,Opening balance,1000.00\n"
                + "03/04/2024,TOTAL ENERGIES 1234,-40.00\n03/31/2024,Algsaldo,960.00\n");

        assertThat(amounts(file)).containsExactly(Money.parse("-40.00", USD));
        assertThat(file.warnings()).anyMatch(w -> w.contains("2 balance, total or note line"));
    }
}
