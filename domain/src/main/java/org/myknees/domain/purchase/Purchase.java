package org.myknees.domain.purchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;

/**
 * An order or receipt of one retailer, with its line items, as the retailer printed it: amounts are what was
 * charged (positive) and discounts or refunds (negative), not the signed money-out of a bank transaction. A
 * purchase is identified within its household by its {@link OrderKey}; it is recorded by one import batch and
 * removed when that batch is reverted. It is not edited: a corrected order is a new import of a new file.
 *
 * <p>Invariants, enforced on construction ({@link InvalidPurchaseException}): a retailer and an order number that
 * are not blank, and every amount, of the order and of its lines, in the order's one currency. Amounts that do not
 * add up (lines against their quantity × unit price, lines against the subtotal, subtotal + tax + shipping against
 * the total) are not errors: scraped order pages leave out promotions, gift cards and rounding, and the order is
 * kept as printed; {@link #discrepancies()} names each mismatch so an import can report it as a warning.
 *
 * @param subtotal  the goods before tax and shipping
 * @param sourceUrl the page the order was read from
 * @param lines     in the order's order; may be empty for an order scraped without its items
 */
public record Purchase(PurchaseId id, HouseholdId householdId, ImportBatchId importBatch, String retailer,
                       String orderNumber, LocalDate orderDate, Money subtotal, Money tax, Money shipping, Money total,
                       Optional<String> sourceUrl, List<PurchaseLine> lines, Instant recordedAt) {

    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(importBatch, "importBatch");
        Objects.requireNonNull(retailer, "retailer");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(recordedAt, "recordedAt");
        lines = List.copyOf(lines);
        if (retailer.isBlank() || orderNumber.isBlank()) {
            throw new InvalidPurchaseException("A purchase needs a retailer and an order number");
        }
        Currency currency = total.currency();
        for (Money amount : List.of(subtotal, tax, shipping)) {
            requireCurrency(amount, currency, orderNumber);
        }
        for (PurchaseLine line : lines) {
            requireCurrency(line.total(), currency, orderNumber);
        }
    }

    private static void requireCurrency(Money amount, Currency currency, String orderNumber) {
        if (!amount.currency().equals(currency)) {
            throw new InvalidPurchaseException("Order " + orderNumber + " is in " + currency.getCurrencyCode()
                    + " but holds an amount in " + amount.currency().getCurrencyCode());
        }
    }

    /** The currency of every amount of the order. */
    public Currency currency() {
        return total.currency();
    }

    /** What identifies this order within its household. */
    public OrderKey key() {
        return new OrderKey(retailer, orderNumber);
    }

    /** The sum of the line totals (zero without lines). */
    public Money linesTotal() {
        Money sum = Money.zero(currency());
        for (PurchaseLine line : lines) {
            sum = sum.plus(line.total());
        }
        return sum;
    }

    /** Every way the order's amounts fail to add up, for people; empty when they all do. */
    public List<String> discrepancies() {
        String order = "Order " + orderNumber + " of " + retailer;
        List<String> found = new ArrayList<>();
        for (PurchaseLine line : lines) {
            if (!line.reconciles()) {
                found.add(order + ": item '" + line.description() + "' costs " + line.quantity() + " × "
                        + line.unitPrice() + " but its total is " + line.total());
            }
        }
        if (!lines.isEmpty() && !linesTotal().equals(subtotal)) {
            found.add(order + ": its items add up to " + linesTotal() + " but its subtotal is " + subtotal);
        }
        Money expected = subtotal.plus(tax).plus(shipping);
        if (!expected.equals(total)) {
            found.add(order + ": subtotal " + subtotal + " + tax " + tax + " + shipping " + shipping + " = " + expected
                    + ", but its total is " + total);
        }
        return found;
    }
}
