/**
 * The parser of ScrapedKnees order files (format {@code scrapedknees-orders}); only the bank-format registry uses it.
 *
 * <p>The file is JSON: one order object, an array of orders, or {@code {"orders": [ ... ]}}. An order holds
 * {@code retailer} and {@code orderNumber} (together they identify it), {@code orderDate} ({@code yyyy-MM-dd};
 * a date-time keeps its date), {@code currency} (ISO 4217; the account's default currency when absent),
 * {@code total}, and optionally {@code subtotal} (default: the sum of the item totals), {@code tax} and
 * {@code shipping} (default 0), {@code sourceUrl} and {@code items}. Each item holds {@code description},
 * {@code quantity} (a whole number, default 1), {@code unitPrice} and/or {@code total} (the other is derived),
 * and optionally {@code sku}. Amounts are decimal strings such as {@code "12.30"} (JSON numbers are read
 * exactly too), as printed on the order: purchases positive, discounts and refunds negative. Items + tax +
 * shipping that miss the total give a warning; an unreadable order or a repeated (retailer, order number) is
 * quarantined with its line and field.
 */
package org.myknees.adapter.bankformat.order;
