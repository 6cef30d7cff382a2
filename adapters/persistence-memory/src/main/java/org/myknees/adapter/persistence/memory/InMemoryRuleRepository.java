package org.myknees.adapter.persistence.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.domain.household.HouseholdId;

/** Rules files held in memory. */
public final class InMemoryRuleRepository implements RuleRepository {

    private final MemoryDatabase database;
    private final Map<HouseholdId, String> files = new HashMap<>();

    InMemoryRuleRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<String> rulesFile(HouseholdId household) {
        return database.read(() -> Optional.ofNullable(files.get(household)));
    }

    @Override
    public void saveRulesFile(HouseholdId household, String rulesFile) {
        database.put(files, household, Objects.requireNonNull(rulesFile, "rulesFile"));
    }
}
