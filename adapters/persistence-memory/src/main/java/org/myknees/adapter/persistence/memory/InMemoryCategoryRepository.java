package org.myknees.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.category.port.out.CategoryNameTakenException;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.household.HouseholdId;

/** Household categories held in memory. */
public final class InMemoryCategoryRepository implements CategoryRepository {

    private final MemoryDatabase database;
    private final Map<CategoryId, HouseholdCategory> categories = new HashMap<>();

    InMemoryCategoryRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<HouseholdCategory> find(HouseholdId household, CategoryId id) {
        return database.read(() -> Optional.ofNullable(categories.get(id))
                .filter(c -> c.householdId().equals(household)));
    }

    @Override
    public List<HouseholdCategory> list(HouseholdId household) {
        return database.read(() -> categories.values().stream().filter(c -> c.householdId().equals(household))
                .sorted(Comparator.comparing((HouseholdCategory c) -> c.name().toLowerCase(Locale.ROOT))
                        .thenComparing(c -> c.id().value().toString()))
                .toList());
    }

    @Override
    public HouseholdCategory save(HouseholdCategory category) {
        return database.inUnit(() -> {
            HouseholdCategory previous = categories.get(category.id());
            if (previous != null && !previous.householdId().equals(category.householdId())) {
                throw new IllegalArgumentException("Category " + category.id() + " belongs to another household");
            }
            String name = category.name().toLowerCase(Locale.ROOT);
            boolean taken = categories.values().stream().anyMatch(c -> c.householdId().equals(category.householdId())
                    && !c.id().equals(category.id()) && c.name().toLowerCase(Locale.ROOT).equals(name));
            if (taken) {
                throw new CategoryNameTakenException(category.name());
            }
            HouseholdCategory stored = Versioned.next("category", categories, category.id(), category,
                    HouseholdCategory::version, category::withVersion);
            return database.put(stored.householdId(), categories, stored.id(), stored);
        });
    }

    @Override
    public boolean delete(HouseholdId household, CategoryId id) {
        return database.inUnit(() -> {
            HouseholdCategory previous = categories.get(id);
            if (previous == null || !previous.householdId().equals(household)) {
                return false;
            }
            return database.write(household, () -> categories.remove(id) != null, () -> categories.put(id, previous));
        });
    }
}
