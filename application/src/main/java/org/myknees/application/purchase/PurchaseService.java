package org.myknees.application.purchase;

import java.util.List;
import java.util.Objects;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.purchase.port.in.PurchasesQuery;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;

/** Implements {@link PurchasesQuery} over the purchase store, for members of the household. */
public final class PurchaseService implements PurchasesQuery {

    private final PurchaseRepository purchases;
    private final HouseholdAccess access;

    public PurchaseService(PurchaseRepository purchases, HouseholdRepository households) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.access = new HouseholdAccess(households);
    }

    @Override
    public List<Purchase> listPurchases(UserId actor, HouseholdId household) {
        access.requireReader(actor, household);
        return purchases.list(household);
    }

    @Override
    public Purchase getPurchase(UserId actor, HouseholdId household, PurchaseId id) {
        access.requireReader(actor, household);
        return purchases.find(household, id).orElseThrow(() -> new NotFoundException("purchase", id));
    }
}
