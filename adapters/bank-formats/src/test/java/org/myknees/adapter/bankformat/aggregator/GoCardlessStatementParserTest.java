package org.myknees.adapter.bankformat.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

class GoCardlessStatementParserTest {

    private final GoCardlessStatementParser parser = new GoCardlessStatementParser();

    private ParsedFile parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), ParseContext.of("gc.json"));
    }

    private static List<ParsedTransaction> rows(ParsedFile file) {
        return file.statements().get(0).transactions();
    }

    @Test
    void bookedAndPendingRowsWithSignedAmountsNamesAndRemittance() {
        ParsedFile file = parse("""
                {"transactions": {
                  "booked": [
                    {"transactionId": "t1", "bookingDate": "2023-11-08", "valueDate": "2023-11-10",
                     "transactionAmount": {"amount": "-10.00", "currency": "GBP"},
                     "creditorName": "Alderaan Coffee", "remittanceInformationUnstructured": "Coffee - Alderaan"},
                    {"internalTransactionId": "i2", "bookingDate": "2023-11-09",
                     "transactionAmount": {"amount": "250", "currency": "GBP"},
                     "debtorName": "Employer Ltd", "remittanceInformationUnstructuredArray": ["SALARY", "NOV"]}
                  ],
                  "pending": [
                    {"valueDate": "2023-11-11", "transactionAmount": {"amount": "-1.5000", "currency": "GBP"},
                     "additionalInformation": "Card hold"}
                  ]}}
                """);

        List<ParsedTransaction> rows = rows(file);
        assertThat(rows).extracting(ParsedTransaction::amount).containsExactly(Money.parse("-10.00", "GBP"),
                Money.parse("250", "GBP"), Money.parse("-1.50", "GBP"));
        assertThat(rows.get(0).counterparty()).contains("Alderaan Coffee");
        assertThat(rows.get(0).valueDate()).contains(LocalDate.of(2023, 11, 10));
        assertThat(rows.get(0).rawDescriptor()).isEqualTo("Alderaan Coffee Coffee - Alderaan");
        assertThat(rows.get(1).counterparty()).contains("Employer Ltd");
        assertThat(rows.get(1).remittance()).contains("SALARY NOV");
        assertThat(rows.get(1).externalId()).contains("i2");
        assertThat(rows.get(2).pending()).isTrue();
        assertThat(rows.get(2).bookingDate()).isEqualTo(LocalDate.of(2023, 11, 11));
        assertThat(rows.get(2).rawDescriptor()).isEqualTo("Card hold");
        assertThat(file.statements().get(0).currency()).hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("GBP"));
    }

    @Test
    void snakeCaseKeysAndATopLevelPendingListAreRead() {
        ParsedFile file = parse("""
                {"transactions": {"booked": [{"transaction_id": "A1", "booking_date": "2026-01-12",
                  "transaction_amount": {"amount": "-5.81", "currency": "GBP"},
                  "remittance_information_unstructured": "MERCHANT", "creditor_name": null}]},
                 "pending": [{"transaction_id": "P1", "booking_date": "2026-01-13",
                  "transaction_amount": {"amount": "-1.00", "currency": "GBP"}}]}
                """);

        assertThat(rows(file)).extracting(t -> t.externalId().orElseThrow() + ":" + t.pending())
                .containsExactly("A1:false", "P1:true");
        assertThat(rows(file).get(0).remittance()).contains("MERCHANT");
    }

    @Test
    void aBookedRowWithOnlyAValueDateIsDatedByIt() {
        ParsedFile file = parse("""
                {"transactions": {"booked": [
                  {"internalTransactionId": "v1", "valueDate": "2024-03-25",
                   "transactionAmount": {"amount": "1900.00", "currency": "EUR"}, "debtorName": "Employer Oy"}
                ]}}
                """);

        assertThat(rows(file)).singleElement().satisfies(row -> {
            assertThat(row.bookingDate()).isEqualTo(LocalDate.of(2024, 3, 25));
            assertThat(row.valueDate()).isEmpty();
            assertThat(row.pending()).isFalse();
        });
    }

    @Test
    void aRowWithNoDateAtAllIsQuarantined() {
        ParsedFile file = parse("""
                {"transactions": {"booked": [
                  {"transactionId": "d0", "transactionAmount": {"amount": "1", "currency": "EUR"}}
                ]}}
                """);

        assertThat(file.quarantined()).singleElement().satisfies(q -> assertThat(q.field()).isEqualTo("bookingDate"));
    }

    @Test
    void aRowWithoutAmountOrWithABadDateIsQuarantinedAndTheRestImports() {
        ParsedFile file = parse("""
                {"transactions": {"booked": [
                  {"transactionId": "ok", "bookingDate": "2024-01-01", "transactionAmount": {"amount": "1", "currency": "EUR"}},
                  {"transactionId": "no-amount", "bookingDate": "2024-01-02"},
                  {"transactionId": "bad-date", "bookingDate": "02/01/2024", "transactionAmount": {"amount": "1", "currency": "EUR"}},
                  {"transactionId": "bad-amount", "bookingDate": "2024-01-02", "transactionAmount": {"amount": "1,5", "currency": "EUR"}}
                ]}}
                """);

        assertThat(file.transactionCount()).isEqualTo(1);
        assertThat(file.quarantined()).extracting(q -> q.line()).containsExactly(3, 4, 5);
        assertThat(file.quarantined().get(0).field()).isEqualTo("transactionAmount.amount");
        assertThat(file.quarantined().get(1).reason()).contains("02/01/2024");
    }

    @Test
    void accountDetailsAndClosingBalanceBesideTheTransactionsAreUsed() {
        ParsedFile file = parse("""
                {"account": {"iban": "DE89370400440532013000", "name": "Main", "cashAccountType": "CACC"},
                 "balances": [{"balanceAmount": {"amount": "99.50", "currency": "EUR"}, "balanceType": "closingBooked",
                               "referenceDate": "2024-01-31"}],
                 "transactions": {"booked": []}}
                """);

        assertThat(file.statements().get(0).account().identifier()).contains("DE89370400440532013000");
        assertThat(file.statements().get(0).closing()).hasValueSatisfying(b ->
                assertThat(b.amount()).isEqualTo(Money.parse("99.50", "EUR")));
    }

    @Test
    void anErrorResponseIsRejectedWithItsSummary() {
        assertThatThrownBy(() -> parse("{\"summary\": \"Invalid token\", \"detail\": \"Token is invalid or expired\", \"status_code\": 401}"))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("401").hasMessageContaining("Invalid token");
    }

    @Test
    void recognizesBookedTransactions() {
        assertThat(parser.recognize("{\"transactions\":{\"booked\":[{\"transactionAmount\":{}}]}}".getBytes(StandardCharsets.UTF_8), "t.json"))
                .isGreaterThanOrEqualTo(90);
        assertThat(parser.recognize("{\"accounts\":[]}".getBytes(StandardCharsets.UTF_8), "t.json")).isZero();
    }

    @Test
    void claimsASavedErrorReplySoItsSummaryIsShown() {
        byte[] reply = "{\"summary\": \"Rate limit exceeded\", \"detail\": \"Try again later\", \"status_code\": 429}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(parser.recognize(reply, "t.json")).isPositive();
        assertThat(parser.recognize("{\"status_code\": 200}".getBytes(StandardCharsets.UTF_8), "t.json")).isZero();
    }
}
