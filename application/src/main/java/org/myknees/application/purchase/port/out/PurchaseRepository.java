package org.myknees.application.purchase.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.purchase.OrderKey;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;

/**
 * Stores purchases with their line items. Scoped to one household: no method sees another household's purchases.
 * An {@link OrderKey} is stored at most once per household.
 */
public interface PurchaseRepository {

    /**
     * Inserts new purchases of this household with their lines, all or none.
     *
     * @throws IllegalArgumentException when a purchase belongs to another household, or its id or order key is
     *                                  already stored or appears twice among them
     */
    void addAll(HouseholdId household, List<Purchase> purchases);

    /** Those of the keys that the household has a purchase for. */
    Set<OrderKey> storedKeys(HouseholdId household, Collection<OrderKey> keys);

    /** The purchase with its lines in their order; empty when the household has none with this id. */
    Optional<Purchase> find(HouseholdId household, PurchaseId id);

    /** The household's purchases, newest order date first, then by retailer key and order number (unique). */
    List<Purchase> list(HouseholdId household);

    /** Removes the purchases the batch recorded, with their lines, and returns how many there were. */
    int removeByBatch(HouseholdId household, ImportBatchId batch);
}
