package org.myknees.domain.purchase;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.money.Money;

/**
 * One line item of a purchase, as printed: {@code quantity} of something at {@code unitPrice}, costing
 * {@code total}. A total that is not quantity × unit price (a bundle discount, a rounded unit price) is kept as
 * printed and reported by {@link Purchase#discrepancies()}.
 *
 * @param quantity at least 1
 * @param sku      the retailer's article number, when the order shows one
 */
public record PurchaseLine(String description, long quantity, Money unitPrice, Money total, Optional<String> sku) {

    public PurchaseLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(sku, "sku");
        if (description.isBlank()) {
            throw new InvalidPurchaseException("A line item needs a description");
        }
        if (quantity < 1) {
            throw new InvalidPurchaseException("Line item '" + description + "' has quantity " + quantity
                    + "; it must be at least 1");
        }
        if (!unitPrice.isSameCurrency(total)) {
            throw new InvalidPurchaseException("Line item '" + description + "' mixes " + unitPrice.currency() + " and "
                    + total.currency());
        }
    }

    /** Whether quantity × unit price is exactly the line's total. */
    public boolean reconciles() {
        try {
            return unitPrice.times(quantity).equals(total);
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
