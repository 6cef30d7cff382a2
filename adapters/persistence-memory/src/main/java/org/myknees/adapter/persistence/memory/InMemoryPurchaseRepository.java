package org.myknees.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.purchase.OrderKey;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.purchase.PurchaseId;

/** Purchases held in memory, indexed by id and by (household, order key). */
public final class InMemoryPurchaseRepository implements PurchaseRepository {

    private static final Comparator<Purchase> LISTING = Comparator.comparing(Purchase::orderDate).reversed()
            .thenComparing(p -> p.key().retailer()).thenComparing(p -> p.key().orderNumber());

    /** An order key within its household. */
    private record ScopedKey(HouseholdId household, OrderKey key) {
    }

    private final MemoryDatabase database;
    private final Map<PurchaseId, Purchase> byId = new HashMap<>();
    private final Map<ScopedKey, PurchaseId> byKey = new HashMap<>();

    InMemoryPurchaseRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void addAll(HouseholdId household, List<Purchase> purchases) {
        database.inUnit(() -> {
            Map<ScopedKey, Purchase> keys = new LinkedHashMap<>();
            Set<PurchaseId> ids = new HashSet<>();
            for (Purchase purchase : purchases) {
                if (!purchase.householdId().equals(household)) {
                    throw new IllegalArgumentException("Purchase " + purchase.id() + " belongs to household "
                            + purchase.householdId() + ", not " + household);
                }
                ScopedKey key = new ScopedKey(household, purchase.key());
                if (byId.containsKey(purchase.id()) || !ids.add(purchase.id())) {
                    throw new IllegalArgumentException("Purchase " + purchase.id() + " is already stored");
                }
                if (byKey.containsKey(key) || keys.putIfAbsent(key, purchase) != null) {
                    throw new IllegalArgumentException("Order " + purchase.orderNumber() + " of " + purchase.retailer()
                            + " is already stored");
                }
            }
            keys.forEach((key, purchase) -> {
                database.put(household, byId, purchase.id(), purchase);
                database.put(household, byKey, key, purchase.id());
            });
            return null;
        });
    }

    @Override
    public Set<OrderKey> storedKeys(HouseholdId household, Collection<OrderKey> keys) {
        return database.read(() -> {
            Set<OrderKey> stored = new HashSet<>();
            for (OrderKey key : keys) {
                if (byKey.containsKey(new ScopedKey(household, key))) {
                    stored.add(key);
                }
            }
            return stored;
        });
    }

    @Override
    public Optional<Purchase> find(HouseholdId household, PurchaseId id) {
        return database.read(() -> Optional.ofNullable(byId.get(id)).filter(p -> p.householdId().equals(household)));
    }

    @Override
    public List<Purchase> list(HouseholdId household) {
        return database.read(() -> byId.values().stream().filter(p -> p.householdId().equals(household))
                .sorted(LISTING).toList());
    }

    @Override
    public int removeByBatch(HouseholdId household, ImportBatchId batch) {
        return database.inUnit(() -> {
            List<Purchase> recorded = byId.values().stream()
                    .filter(p -> p.householdId().equals(household) && p.importBatch().equals(batch)).toList();
            for (Purchase purchase : recorded) {
                ScopedKey key = new ScopedKey(household, purchase.key());
                database.write(household, () -> byId.remove(purchase.id()), () -> byId.put(purchase.id(), purchase));
                database.write(household, () -> byKey.remove(key), () -> byKey.put(key, purchase.id()));
            }
            return recorded.size();
        });
    }
}
