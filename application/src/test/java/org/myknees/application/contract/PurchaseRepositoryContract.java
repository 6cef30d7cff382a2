package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;
import org.myknees.domain.purchase.OrderKey;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;
import org.myknees.domain.purchase.PurchaseLine;

/** What every {@link org.myknees.application.purchase.port.out.PurchaseRepository} must do. */
public abstract class PurchaseRepositoryContract {

    protected abstract PortsUnderTest ports();

    private HouseholdId household() {
        return new ContractFixtures(ports()).household().id();
    }

    static Purchase purchase(HouseholdId household, ImportBatchId batch, String retailer, String number, String date,
                             PurchaseLine... lines) {
        Money subtotal = Money.zero(Money.currency("CAD"));
        for (PurchaseLine line : lines) {
            subtotal = subtotal.plus(line.total());
        }
        Money tax = Money.parse("1.30", "CAD");
        return new Purchase(PurchaseId.newId(), household, batch, retailer, number, LocalDate.parse(date), subtotal, tax,
                Money.parse("0.00", "CAD"), subtotal.plus(tax), Optional.of("https://shop.example/orders/" + number),
                List.of(lines), ContractFixtures.AT);
    }

    static PurchaseLine line(String description, long quantity, String unit, String total, String sku) {
        return new PurchaseLine(description, quantity, Money.parse(unit, "CAD"), Money.parse(total, "CAD"),
                Optional.ofNullable(sku));
    }

    @Test
    void a_purchase_keeps_its_facts_and_its_lines_in_order_within_its_household() {
        HouseholdId household = household();
        Purchase order = purchase(household, ImportBatchId.newId(), "Amazon", "112-1", "2026-01-05",
                line("USB cable", 2, "7.49", "14.98", "B0001"), line("Gift wrap", 1, "-1.00", "-1.00", null),
                line("Paper towels", 3, "3.33", "10.00", "K-9"));

        ports().purchases().addAll(household, List.of(order));

        assertThat(ports().purchases().find(household, order.id())).contains(order);
        assertThat(ports().purchases().find(household(), order.id())).isEmpty();
        assertThat(ports().purchases().list(household)).containsExactly(order);
    }

    @Test
    void stored_keys_are_found_without_regard_to_the_retailers_case_and_only_in_their_household() {
        HouseholdId household = household();
        ports().purchases().addAll(household, List.of(purchase(household, ImportBatchId.newId(), "Amazon", "1",
                "2026-01-05")));

        assertThat(ports().purchases().storedKeys(household, List.of(new OrderKey("AMAZON ", "1"),
                new OrderKey("Amazon", "2"), new OrderKey("Costco", "1"))))
                .containsExactly(new OrderKey("amazon", "1"));
        assertThat(ports().purchases().storedKeys(household(), List.of(new OrderKey("Amazon", "1")))).isEmpty();
        assertThat(ports().purchases().storedKeys(household, List.of())).isEmpty();
    }

    @Test
    void an_order_stored_before_is_refused_and_nothing_of_that_call_is_stored() {
        HouseholdId household = household();
        ports().purchases().addAll(household, List.of(purchase(household, ImportBatchId.newId(), "Amazon", "1",
                "2026-01-05")));
        Purchase fresh = purchase(household, ImportBatchId.newId(), "Costco", "7", "2026-01-06");

        assertThatThrownBy(() -> ports().purchases().addAll(household, List.of(fresh,
                purchase(household, ImportBatchId.newId(), "amazon", "1", "2026-01-07"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ports().purchases().list(household)).hasSize(1);
        assertThat(ports().purchases().find(household, fresh.id())).isEmpty();
        assertThatThrownBy(() -> ports().purchases().addAll(household(), List.of(fresh)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void purchases_are_listed_newest_order_first_then_by_retailer_and_number() {
        HouseholdId household = household();
        ImportBatchId batch = ImportBatchId.newId();
        Purchase old = purchase(household, batch, "Amazon", "9", "2025-12-01");
        Purchase costco = purchase(household, batch, "Costco", "1", "2026-01-05");
        Purchase amazon2 = purchase(household, batch, "amazon", "2", "2026-01-05");
        Purchase amazon1 = purchase(household, batch, "Amazon", "1", "2026-01-05");

        ports().purchases().addAll(household, List.of(old, costco, amazon2, amazon1));

        assertThat(ports().purchases().list(household)).containsExactly(amazon1, amazon2, costco, old);
    }

    @Test
    void removing_a_batch_removes_its_purchases_and_their_keys_only() {
        HouseholdId household = household();
        ImportBatchId first = ImportBatchId.newId();
        ImportBatchId second = ImportBatchId.newId();
        Purchase kept = purchase(household, second, "Costco", "1", "2026-01-02");
        ports().purchases().addAll(household, List.of(purchase(household, first, "Amazon", "1", "2026-01-01",
                line("cable", 1, "5.00", "5.00", "S")), purchase(household, first, "Amazon", "2", "2026-01-01"), kept));

        assertThat(ports().purchases().removeByBatch(household(), first)).isZero();
        assertThat(ports().purchases().removeByBatch(household, first)).isEqualTo(2);

        assertThat(ports().purchases().list(household)).containsExactly(kept);
        assertThat(ports().purchases().storedKeys(household, List.of(new OrderKey("Amazon", "1")))).isEmpty();
        ports().purchases().addAll(household, List.of(purchase(household, ImportBatchId.newId(), "Amazon", "1",
                "2026-01-01")));
        assertThat(ports().purchases().list(household)).hasSize(2);
    }

    @Test
    void purchases_added_in_a_unit_of_work_that_fails_are_not_stored() {
        HouseholdId household = household();
        Purchase order = purchase(household, ImportBatchId.newId(), "Amazon", "1", "2026-01-05",
                line("cable", 1, "5.00", "5.00", "S"));

        assertThatThrownBy(() -> ports().unitOfWork().run(() -> {
            ports().purchases().addAll(household, List.of(order));
            throw new IllegalStateException("the batch fails later");
        })).hasMessageContaining("fails later");

        assertThat(ports().purchases().list(household)).isEmpty();
        assertThat(ports().purchases().storedKeys(household, List.of(order.key()))).isEmpty();
    }
}
