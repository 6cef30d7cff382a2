/**
 * Purchase use cases: list the household's orders and receipts and look one up. Imports record purchases through
 * {@link org.myknees.application.purchase.port.out.PurchaseRepository} in their own unit of work.
 */
package org.myknees.application.purchase;
