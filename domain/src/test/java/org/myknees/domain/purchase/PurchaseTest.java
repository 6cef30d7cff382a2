package org.myknees.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;

class PurchaseTest {

    private static Money usd(String amount) {
        return Money.parse(amount, "USD");
    }

    private static PurchaseLine line(String description, long quantity, String unit, String total) {
        return new PurchaseLine(description, quantity, usd(unit), usd(total), Optional.of("SKU-" + description));
    }

    private static Purchase purchase(String subtotal, String tax, String shipping, String total, PurchaseLine... lines) {
        return new Purchase(PurchaseId.newId(), HouseholdId.newId(), ImportBatchId.newId(), "Amazon", "112-7",
                LocalDate.parse("2026-01-05"), usd(subtotal), usd(tax), usd(shipping), usd(total), Optional.empty(),
                List.of(lines), Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void an_order_whose_amounts_add_up_has_no_discrepancy() {
        Purchase order = purchase("25.00", "2.00", "4.99", "31.99", line("cable", 2, "7.50", "15.00"),
                line("case", 1, "10.00", "10.00"));

        assertThat(order.discrepancies()).isEmpty();
        assertThat(order.linesTotal()).isEqualTo(usd("25.00"));
        assertThat(order.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void amounts_that_do_not_add_up_are_kept_and_each_mismatch_is_named() {
        Purchase order = purchase("20.00", "1.00", "0.00", "19.00", line("bundle", 3, "7.00", "18.00"));

        assertThat(order.total()).isEqualTo(usd("19.00"));
        assertThat(order.discrepancies()).hasSize(3)
                .anySatisfy(d -> assertThat(d).contains("bundle").contains("3 × 7.00 USD").contains("18.00 USD"))
                .anySatisfy(d -> assertThat(d).contains("add up to 18.00 USD").contains("subtotal is 20.00 USD"))
                .anySatisfy(d -> assertThat(d).contains("= 21.00 USD").contains("total is 19.00 USD"));
    }

    @Test
    void an_amount_in_another_currency_is_refused() {
        assertThatThrownBy(() -> new Purchase(PurchaseId.newId(), HouseholdId.newId(), ImportBatchId.newId(), "Costco",
                "9", LocalDate.parse("2026-01-05"), usd("1.00"), Money.parse("0.10", "EUR"), usd("0.00"), usd("1.10"),
                Optional.empty(), List.of(), Instant.EPOCH))
                .isInstanceOf(InvalidPurchaseException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
        assertThatThrownBy(() -> purchase("1.00", "0.00", "0.00", "1.00",
                new PurchaseLine("gum", 1, Money.parse("1.00", "EUR"), Money.parse("1.00", "EUR"), Optional.empty())))
                .isInstanceOf(InvalidPurchaseException.class).hasMessageContaining("EUR");
    }

    @Test
    void a_line_needs_a_description_and_a_quantity_of_at_least_one() {
        assertThatThrownBy(() -> line(" ", 1, "1.00", "1.00")).isInstanceOf(InvalidPurchaseException.class);
        assertThatThrownBy(() -> line("gum", 0, "1.00", "0.00")).isInstanceOf(InvalidPurchaseException.class)
                .hasMessageContaining("quantity 0");
    }

    @Test
    void the_order_key_ignores_the_retailers_case_and_surrounding_spaces() {
        assertThat(new OrderKey(" Amazon ", "112-7 ")).isEqualTo(new OrderKey("AMAZON", "112-7"));
        assertThat(new OrderKey("Amazon", "112-7")).isNotEqualTo(new OrderKey("Amazon", "112-8"));
        assertThat(purchase("0.00", "0.00", "0.00", "0.00").key()).isEqualTo(new OrderKey("amazon", "112-7"));
    }
}
