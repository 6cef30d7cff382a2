package org.myknees.adapter.bankformat.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedTransaction;
import org.myknees.application.importing.port.out.StatementParseException;
import org.myknees.domain.money.Money;

class SimpleFinStatementParserTest {

    private final SimpleFinStatementParser parser = new SimpleFinStatementParser();

    private ParsedFile parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), ParseContext.of("sfin.json"));
    }

    @Test
    void accountsWithBalancesTransactionsAndErrorsAsWarnings() {
        ParsedFile file = parse("""
                {"errors": ["Connection to The Bank may need attention"],
                 "accounts": [
                  {"org": {"domain": "mybank.com", "sfin-url": "https://sfin.mybank.com"}, "id": "2930002",
                   "name": "Savings", "currency": "USD", "balance": "100.23", "balance-date": 978366153,
                   "transactions": [
                     {"id": "t1", "posted": 793090572, "amount": "-33293.43", "description": "Uncle Frank's Bait Shop",
                      "payee": "Uncle Frank", "memo": "Some memo", "transacted_at": 793080572},
                     {"id": "t2", "posted": 0, "amount": "-5.00", "description": "Pending coffee",
                      "transacted_at": 793180572, "pending": true}
                   ]}]}
                """);

        assertThat(file.warnings()).containsExactly("SimpleFIN: Connection to The Bank may need attention");
        assertThat(file.statements()).singleElement().satisfies(s -> {
            assertThat(s.account().identifier()).contains("2930002");
            assertThat(s.account().bankId()).contains("mybank.com");
            assertThat(s.closing()).hasValueSatisfying(b -> {
                assertThat(b.amount()).isEqualTo(Money.parse("100.23", "USD"));
                assertThat(b.date()).isEqualTo(LocalDate.of(2001, 1, 1));
            });
        });
        ParsedTransaction posted = file.statements().get(0).transactions().get(0);
        assertThat(posted.bookingDate()).isEqualTo(LocalDate.of(1995, 2, 18));
        assertThat(posted.amount()).isEqualTo(Money.parse("-33293.43", "USD"));
        assertThat(posted.counterparty()).contains("Uncle Frank");
        assertThat(posted.remittance()).contains("Some memo");
        ParsedTransaction pending = file.statements().get(0).transactions().get(1);
        assertThat(pending.pending()).isTrue();
        assertThat(pending.bookingDate()).isEqualTo(LocalDate.of(1995, 2, 19));
    }

    @Test
    void aCustomCurrencyAccountHasItsRowsQuarantined() {
        ParsedFile file = parse("""
                {"errors": [], "accounts": [{"id": "miles", "name": "Flight miles", "currency": "https://example.com/miles",
                  "balance": "10", "balance-date": 978366153, "transactions": [{"id": "m1", "posted": 793090572, "amount": "5"}]}]}
                """);

        assertThat(file.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).contains("miles"));
    }

    @Test
    void anErrorOnlyPayloadIsRejectedWithTheErrors() {
        assertThatThrownBy(() -> parse("{\"errors\":[\"Payment required.\"],\"accounts\":[]}"))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("Payment required.");
    }

    @Test
    void aBadTimestampIsQuarantined() {
        ParsedFile file = parse("""
                {"errors": [], "accounts": [{"id": "a", "currency": "USD", "balance": "1", "balance-date": 1,
                  "transactions": [{"id": "x", "posted": "yesterday", "amount": "1"},
                                   {"id": "y", "posted": 99999999999999999999, "amount": "1"}]}]}
                """);

        assertThat(file.quarantined()).hasSize(2);
    }

    @Test
    void aNumberBeyondBigDecimalQuarantinesOnlyItsRow() {
        ParsedFile file = parse("""
                {"errors": [], "accounts": [{"id": "a", "currency": "USD", "balance": "1", "balance-date": 1,
                  "transactions": [{"id": "x", "posted": 1, "amount": 1e99999999999},
                                   {"id": "y", "posted": 1, "amount": "2.00"}]}]}
                """);

        assertThat(file.transactionCount()).isEqualTo(1);
        assertThat(file.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).contains("1e99999999999"));
    }

    @Test
    void recognizesSimpleFinKeys() {
        assertThat(parser.recognize("{\"errors\":[],\"accounts\":[{\"balance-date\":1}]}".getBytes(StandardCharsets.UTF_8), "a.json"))
                .isGreaterThanOrEqualTo(85);
    }
}
