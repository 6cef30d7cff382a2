package org.myknees.adapter.bankformat.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.money.Money;

/** One small sample per built-in layout: the profile is picked from the header and reads the rows right. */
class CsvProfilesTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final CsvStatementParser parser = new CsvStatementParser();

    private List<ParsedTransaction> read(String text) {
        return read(text, Map.of());
    }

    private List<ParsedTransaction> read(String text, Map<String, String> options) {
        ParsedFile file = parser.parse(text.getBytes(StandardCharsets.UTF_8),
                ParseContext.of("export.csv").withDefaultCurrency(USD).withOptions(options));
        assertThat(file.quarantined()).isEmpty();
        return file.statements().stream().flatMap(s -> s.transactions().stream()).toList();
    }

    @Test
    void allyBank() {
        List<ParsedTransaction> rows = read("Date, Time, Amount, Type, Description\n"
                + "2024-01-05, 10:12:00, -25.00, Withdrawal, COFFEE ROASTERS\n"
                + "2024-01-06, 08:00:00, 1500.00, Deposit, PAYROLL ACME\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-25.00", USD), Money.parse("1500.00", USD));
        assertThat(rows.get(0).rawDescriptor()).isEqualTo("COFFEE ROASTERS");
    }

    @Test
    void capitalOneDebitIsMoneyOutAndThePostedDateIsTheBookingDate() {
        List<ParsedTransaction> rows = read("Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit\n"
                + "2015-12-31,2016-01-02,1234,Airplanes R Us,Other Travel,1000.00,\n"
                + "2015-12-31,2016-01-02,1234,CAPITAL ONE AUTOPAY PYMT,Payment/Credit,,1000.00\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-1000.00", USD), Money.parse("1000.00", USD));
        assertThat(rows.get(0).bookingDate()).isEqualTo(LocalDate.of(2016, 1, 2));
    }

    @Test
    void chaseChecking() {
        List<ParsedTransaction> rows = read("Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
                + "DEBIT,01/03/2024,\"NETFLIX.COM  CA\",-15.49,ACH_DEBIT,984.51,,\n"
                + "CREDIT,01/02/2024,\"ACME PAYROLL\",1000.00,ACH_CREDIT,1000.00,,\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-15.49", USD), Money.parse("1000.00", USD));
        assertThat(rows.get(0).bookingDate()).isEqualTo(LocalDate.of(2024, 1, 3));
    }

    @Test
    void chaseCard() {
        List<ParsedTransaction> rows = read("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
                + "01/01/2024,01/02/2024,AMAZON MKTPL,Shopping,Sale,-23.99,\n"
                + "01/05/2024,01/05/2024,Payment Thank You-Mobile,,Payment,500.00,autopay\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-23.99", USD), Money.parse("500.00", USD));
        assertThat(rows.get(0).bookingDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(rows.get(1).remittance()).contains("autopay");
    }

    @Test
    void mintTransactionTypeGivesTheSignAndAccountNameTheAccount() {
        List<ParsedTransaction> rows = read("Date,Description,Original Description,Amount,Transaction Type,Category,"
                + "Account Name,Labels,Notes\n"
                + "8/02/2016,Amazon,AMAZON MKTPLACE PMTS AMZN.COM/BILL WA,29.99,debit,Shopping,Visa 1234,,\n"
                + "6/02/2016,Autopay,AUTOPAY AUTO-PMT,\"1,123.45\",credit,Credit Card Payment,Visa 1234,,\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-29.99", USD), Money.parse("1123.45", USD));
        assertThat(rows.get(0).counterparty()).contains("Amazon");
        assertThat(rows.get(0).rawDescriptor()).contains("AMAZON MKTPLACE PMTS");
        assertThat(rows.get(0).accountRef()).contains("Visa 1234");
    }

    @Test
    void mintWithoutHeaderIsRecognizedFromItsShape() {
        List<ParsedTransaction> rows = read("6/12/15,Transfer from Checking,Account Transfer,\"1,000.00\",debit,Checking,Savings\n"
                + "6/13/15,Transfer to Savings,Account Transfer,\"2,000.00\",credit,Savings,Checking\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-1000.00", USD), Money.parse("2000.00", USD));
        assertThat(rows).extracting(t -> t.accountRef().orElseThrow()).containsExactly("Savings", "Checking");
    }

    @Test
    void costcoReceiptPurchasesAreMoneyOutAndCouponsMoneyIn() {
        List<ParsedTransaction> rows = read("Date,Warehouse,Receipt,Item Number,Description,Quantity,Amount\n"
                + "2024-03-02,Issaquah #1,21134300501,1234567,KS PAPER TOWEL,1,22.99\n"
                + "2024-03-02,Issaquah #1,21134300501,334455,COUPON KS PAPER TOWEL,1,-4.00\n");

        assertThat(rows).extracting(ParsedTransaction::amount)
                .containsExactly(Money.parse("-22.99", USD), Money.parse("4.00", USD));
        assertThat(rows.get(0).counterparty()).contains("Issaquah #1");
        assertThat(rows.get(0).remittance()).contains("21134300501 1234567");
    }

    @Test
    void pcFinancialMastercardPurchasesArePositiveInTheFile() {
        List<ParsedTransaction> rows = read("\"Merchant Name\",\"Card Used For Transaction\",\"Date\",\"Time\",\"Amount\"\n"
                + "\"Mobil\",\"**** 1234\",\"01/10/2019\",\"06:50 PM\",\"36.33\"\n");

        assertThat(rows.get(0).amount()).isEqualTo(Money.parse("-36.33", USD));
        assertThat(rows.get(0).rawDescriptor()).isEqualTo("Mobil");
    }

    @Test
    void amazonOrderHistoryTotalsAreMoneyOutAndPendingOrdersAreQuarantined() {
        String text = "order id,order url,items,to,date,total,shipping,shipping_refund,gift,tax,refund,payments\n"
                + "112-1635210-7125801,https://example.com,\"Remover, 4 fl. oz.; \",John Doe,2022-12-20,4.22,0,0,0,0.24,0,\"Visa\"\n"
                + "D01-1234567-8901234,https://example.com,,,pending,,,,,,,\n";

        ParsedFile file = parser.parse(text.getBytes(StandardCharsets.UTF_8), ParseContext.of("amazon.csv").withDefaultCurrency(USD));

        assertThat(file.statements().get(0).transactions()).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualTo(Money.parse("-4.22", USD));
            assertThat(t.externalId()).contains("112-1635210-7125801");
        });
        assertThat(file.quarantined()).singleElement().satisfies(q -> assertThat(q.field()).isEqualTo("date"));
    }

    @Test
    void aForcedProfileReadsAFileWithoutHeaderByItsColumnPositions() {
        List<ParsedTransaction> rows = read("2024-01-05,10:12:00,-25.00,Withdrawal,COFFEE\n",
                Map.of("profile", "csv:ally-bank", "header", "false"));

        assertThat(rows).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualTo(Money.parse("-25.00", USD));
            assertThat(t.rawDescriptor()).isEqualTo("COFFEE");
        });
    }

    @Test
    void aForcedProfileWhoseColumnIsMissingIsRejectedNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("Posting Date,Amount,Description\n2024-01-02,5.00,X\n",
                        Map.of("profile", "csv:chase-card", "header", "true")))
                .hasMessageContaining("chase-card").hasMessageContaining("'Post Date'");
    }

    @Test
    void everyProfileHasAFormatCodeAndIsFoundByIt() {
        for (CsvProfile profile : CsvProfiles.all()) {
            assertThat(profile.format().family()).isEqualTo("csv");
            assertThat(CsvProfiles.byCode(profile.format().code())).contains(profile);
            assertThat(profile.columnsOf(ColumnRole.DATE)).isNotEmpty();
        }
        assertThat(CsvProfiles.byCode("csv:ally-bank").map(CsvProfile::format)).contains(new ImportFormat("csv:ally-bank"));
    }
}
