package org.myknees.application.importing.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.money.Money;

/**
 * A purchase from an online order or a store receipt, with its line items.
 *
 * @param line        1-based line where the order starts in the file
 * @param retailer    who sold it (Amazon, Costco)
 * @param orderNumber the retailer's order number: (retailer, order number) identifies an order
 */
public record ParsedOrder(int line, String retailer, String orderNumber, LocalDate orderDate, Money subtotal,
                          Money tax, Money shipping, Money total, Optional<String> sourceUrl, List<Item> items) {

    public ParsedOrder {
        Objects.requireNonNull(retailer, "retailer");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(orderDate, "orderDate");
        items = List.copyOf(items);
    }

    /** One line item of an order. */
    public record Item(String description, long quantity, Money unitPrice, Money total, Optional<String> sku) {
    }
}
