package org.myknees.application.purchase.port.in;

import java.util.List;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;

/** Reads the purchases a household imported; any member may. */
public interface PurchasesQuery {

    /** Newest order date first, then by retailer and order number. */
    List<Purchase> listPurchases(UserId actor, HouseholdId household);

    /** @throws org.myknees.application.port.out.NotFoundException when the household has no such purchase */
    Purchase getPurchase(UserId actor, HouseholdId household, PurchaseId id);
}
