package org.myknees.adapter.persistence.memory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.domain.household.HouseholdId;

/** Corrections held in memory, one per household and descriptor. */
public final class InMemoryCorrectionRepository implements CorrectionRepository {

    private final MemoryDatabase database;
    private final Map<HouseholdId, Map<String, LabelledExample>> examples = new HashMap<>();

    InMemoryCorrectionRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void save(HouseholdId household, LabelledExample example) {
        database.inUnit(() -> database.put(household, examples.computeIfAbsent(household, h -> new LinkedHashMap<>()),
                example.descriptor(), example));
    }

    @Override
    public List<LabelledExample> list(HouseholdId household) {
        return database.read(() -> List.copyOf(examples.getOrDefault(household, Map.of()).values()));
    }
}
