package org.myknees.adapter.bankformat.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

class PlaidStatementParserTest {

    private static final String SYNC = """
            {
              "accounts": [
                {"account_id": "acc-1", "name": "Plaid Checking", "subtype": "checking",
                 "balances": {"current": 110.94, "iso_currency_code": "USD"}},
                {"account_id": "acc-2", "name": "Plaid Card", "subtype": "credit card",
                 "balances": {"iso_currency_code": "USD"}}
              ],
              "added": [
                {"account_id": "acc-1", "amount": 72.1, "iso_currency_code": "USD", "date": "2023-09-24",
                 "authorized_date": "2023-09-22", "name": "PURCHASE WM SUPERCENTER #1700", "merchant_name": "Walmart",
                 "pending": false, "transaction_id": "tx-1"},
                {"account_id": "acc-2", "amount": -500, "iso_currency_code": "USD", "date": "2023-09-25",
                 "name": "PAYMENT THANK YOU", "pending": true, "transaction_id": "tx-2"},
                {"account_id": "acc-1", "amount": 1.5, "iso_currency_code": null, "unofficial_currency_code": "BTC",
                 "date": "2023-09-26", "name": "Crypto", "transaction_id": "tx-3"}
              ],
              "modified": [],
              "removed": [{"account_id": "acc-1", "transaction_id": "tx-0"}],
              "next_cursor": "abc", "has_more": true
            }
            """;

    private final PlaidStatementParser parser = new PlaidStatementParser();

    private ParsedFile parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), ParseContext.of("plaid.json"));
    }

    @Test
    void positiveAmountsAreMoneyOutAndEachAccountHasItsStatement() {
        ParsedFile file = parse(SYNC);

        assertThat(file.statements()).extracting(s -> s.account().identifier().orElseThrow()).containsExactly("acc-1", "acc-2");
        ParsedTransaction walmart = file.statements().get(0).transactions().get(0);
        assertThat(walmart.amount()).isEqualTo(Money.parse("-72.10", "USD"));
        assertThat(walmart.bookingDate()).isEqualTo(LocalDate.of(2023, 9, 24));
        assertThat(walmart.valueDate()).contains(LocalDate.of(2023, 9, 22));
        assertThat(walmart.rawDescriptor()).isEqualTo("PURCHASE WM SUPERCENTER #1700");
        assertThat(walmart.counterparty()).contains("Walmart");
        assertThat(walmart.externalId()).contains("tx-1");
        ParsedTransaction payment = file.statements().get(1).transactions().get(0);
        assertThat(payment.amount()).isEqualTo(Money.parse("500.00", "USD"));
        assertThat(payment.pending()).isTrue();
        assertThat(file.statements().get(1).account().type()).contains("credit card");
    }

    @Test
    void anUnofficialCurrencyIsQuarantinedAndMorePagesAreWarned() {
        ParsedFile file = parse(SYNC);

        assertThat(file.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.field()).isEqualTo("iso_currency_code");
            assertThat(q.reason()).contains("BTC");
            assertThat(q.line()).isEqualTo(14);
        });
        assertThat(file.warnings()).anyMatch(w -> w.contains("has_more")).noneMatch(w -> w.contains("tx-0"));
    }

    @Test
    void removedIdsAreWithdrawalsFromTheirAccountNotRowsOrWarnings() {
        ParsedFile file = parse(SYNC);

        assertThat(file.statements().get(0).withdrawn())
                .containsExactly(new ParsedStatement.Withdrawal(18, "tx-0"));
        assertThat(file.statements().get(1).withdrawn()).isEmpty();
        assertThat(file.transactionCount() + file.quarantined().size()).isEqualTo(3);
    }

    @Test
    void aModifiedRowReplacesTheRowWithItsOwnIdAndAPostedRowTheRowItSettles() {
        ParsedFile file = parse("""
                {"added": [
                   {"account_id": "a", "amount": 40.0, "iso_currency_code": "USD", "date": "2024-05-02",
                    "name": "SHELL OIL", "pending": false, "pending_transaction_id": "pend-9",
                    "transaction_id": "post-9"},
                   {"account_id": "a", "amount": 3.0, "iso_currency_code": "USD", "date": "2024-05-02",
                    "name": "COFFEE", "pending": true, "pending_transaction_id": "odd", "transaction_id": "p-3"}],
                 "modified": [
                   {"account_id": "a", "amount": 21.75, "iso_currency_code": "USD", "date": "2024-05-04",
                    "name": "DOORDASH TIP ADDED", "pending": false, "transaction_id": "t-12"}],
                 "removed": [{"account_id": "a", "transaction_id": "pend-9"}, {"transaction_id": "lost"}]}
                """);

        List<ParsedTransaction> rows = file.statements().get(0).transactions();
        assertThat(rows).extracting(ParsedTransaction::externalId, ParsedTransaction::replaces).containsExactly(
                tuple(Optional.of("post-9"), Optional.of("pend-9")),
                tuple(Optional.of("p-3"), Optional.empty()),
                tuple(Optional.of("t-12"), Optional.of("t-12")));
        assertThat(rows.get(2).amount()).isEqualTo(Money.parse("-21.75", "USD"));
        assertThat(file.statements().get(0).withdrawn()).extracting(ParsedStatement.Withdrawal::externalId)
                .containsExactly("pend-9");
        assertThat(file.warnings()).singleElement().asString().contains("lost").contains("account_id");
    }

    @Test
    void transactionsGetIsReadToo() {
        ParsedFile file = parse("""
                {"accounts": [{"account_id": "a", "balances": {"iso_currency_code": "CAD"}}],
                 "transactions": [{"account_id": "a", "amount": 28.34, "iso_currency_code": "CAD",
                   "date": "2023-09-28", "name": "Dd Doordash", "transaction_id": "t"}],
                 "total_transactions": 1}
                """);

        assertThat(file.transactionCount()).isEqualTo(1);
        assertThat(file.statements().get(0).currency()).hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("CAD"));
    }

    @Test
    void aPlaidErrorIsRejectedWithItsCodeAndMessage() {
        assertThatThrownBy(() -> parse("{\"error_type\": \"ITEM_ERROR\", \"error_code\": \"ITEM_LOGIN_REQUIRED\", "
                + "\"error_message\": \"the login details of this item have changed\"}"))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("ITEM_LOGIN_REQUIRED")
                .hasMessageContaining("login details");
    }

    @Test
    void otherJsonAndBrokenJsonAreRejected() {
        assertThatThrownBy(() -> parse("{\"hello\": 1}")).isInstanceOf(StatementParseException.class)
                .hasMessageContaining("not a Plaid");
        assertThatThrownBy(() -> parse("{\"added\": [")).isInstanceOf(StatementParseException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void recognizesPlaidKeys() {
        assertThat(parser.recognize(SYNC.getBytes(StandardCharsets.UTF_8), "x.json")).isGreaterThanOrEqualTo(90);
        assertThat(parser.recognize("Date,Amount".getBytes(StandardCharsets.UTF_8), "x.csv")).isZero();
    }
}
