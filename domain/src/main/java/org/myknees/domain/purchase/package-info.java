/**
 * Purchases: orders and receipts with their line items, as a retailer printed them. Pure domain; the application
 * records them from imports and lists them.
 */
package org.myknees.domain.purchase;
