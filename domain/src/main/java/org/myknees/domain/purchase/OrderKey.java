package org.myknees.domain.purchase;

import java.util.Locale;
import java.util.Objects;

/**
 * What makes two orders the same order within a household: the retailer, without regard to case or surrounding
 * spaces, and the retailer's order number, without surrounding spaces. Re-importing an order file finds every
 * order again by this key.
 */
public record OrderKey(String retailer, String orderNumber) {

    public OrderKey {
        Objects.requireNonNull(retailer, "retailer");
        Objects.requireNonNull(orderNumber, "orderNumber");
        retailer = retailer.strip().toLowerCase(Locale.ROOT);
        orderNumber = orderNumber.strip();
    }
}
