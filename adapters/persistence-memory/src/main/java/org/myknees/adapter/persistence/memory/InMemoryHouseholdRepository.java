package org.myknees.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Households held in memory. */
public final class InMemoryHouseholdRepository implements HouseholdRepository {

    private final MemoryDatabase database;
    private final Map<HouseholdId, Household> households = new HashMap<>();

    InMemoryHouseholdRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<Household> find(HouseholdId id) {
        return database.read(() -> Optional.ofNullable(households.get(id)));
    }

    @Override
    public List<Household> findByMember(UserId user) {
        return database.read(() -> households.values().stream().filter(h -> h.isMember(user))
                .sorted(Comparator.comparing(Household::name).thenComparing(h -> h.id().value().toString()))
                .toList());
    }

    @Override
    public Household save(Household household) {
        return database.inUnit(() -> {
            Household stored = Versioned.next("household", households, household.id(), household,
                    Household::version, household::withVersion);
            return database.putUnrevised(households, stored.id(), stored);
        });
    }

    @Override
    public long dataRevision(HouseholdId id) {
        return database.revision(id);
    }
}
