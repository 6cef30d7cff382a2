package org.myknees.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleId;

/** Rules and rules files held in memory; each household's rules are an immutable map replaced on every write. */
public final class InMemoryRuleRepository implements RuleRepository {

    static final Comparator<StoredRule> EVALUATION_ORDER = Comparator
            .comparing((StoredRule s) -> s.rule().stage())
            .thenComparingInt(s -> s.rule().position())
            .thenComparing(s -> s.rule().id().value());

    private final MemoryDatabase database;
    private final Map<HouseholdId, String> files = new HashMap<>();
    private final Map<HouseholdId, Map<RuleId, StoredRule>> rules = new HashMap<>();

    InMemoryRuleRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<String> rulesFile(HouseholdId household) {
        return database.read(() -> Optional.ofNullable(files.get(household)).filter(text -> !text.isEmpty()));
    }

    @Override
    public void saveRulesFile(HouseholdId household, String rulesFile) {
        database.put(household, files, household, Objects.requireNonNull(rulesFile, "rulesFile"));
    }

    @Override
    public List<StoredRule> list(HouseholdId household) {
        return database.read(() -> rules.getOrDefault(household, Map.of()).values().stream()
                .sorted(EVALUATION_ORDER).toList());
    }

    @Override
    public Optional<StoredRule> find(HouseholdId household, RuleId id) {
        return database.read(() -> Optional.ofNullable(rules.getOrDefault(household, Map.of()).get(id)));
    }

    @Override
    public StoredRule save(HouseholdId household, Rule rule, long expectedVersion) {
        Objects.requireNonNull(rule, "rule");
        return database.inUnit(() -> {
            Map<RuleId, StoredRule> current = rules.getOrDefault(household, Map.of());
            StoredRule stored = current.get(rule.id());
            long version = stored == null ? 0 : stored.version();
            if (version != expectedVersion) {
                throw new VersionConflictException("rule", rule.id(), expectedVersion);
            }
            StoredRule saved = new StoredRule(rule, version + 1);
            Map<RuleId, StoredRule> next = new LinkedHashMap<>(current);
            next.put(rule.id(), saved);
            database.put(household, rules, household, Map.copyOf(next));
            return saved;
        });
    }

    @Override
    public boolean delete(HouseholdId household, RuleId id) {
        return database.inUnit(() -> {
            Map<RuleId, StoredRule> current = rules.getOrDefault(household, Map.of());
            if (!current.containsKey(id)) {
                return false;
            }
            Map<RuleId, StoredRule> next = new LinkedHashMap<>(current);
            next.remove(id);
            database.put(household, rules, household, Map.copyOf(next));
            return true;
        });
    }

    @Override
    public List<StoredRule> replaceAll(HouseholdId household, List<Rule> replacement) {
        List<StoredRule> stored = new ArrayList<>();
        Map<RuleId, StoredRule> next = new LinkedHashMap<>();
        for (Rule rule : replacement) {
            StoredRule saved = new StoredRule(rule, 1);
            if (next.put(rule.id(), saved) != null) {
                throw new IllegalArgumentException("Rule id " + rule.id() + " appears twice");
            }
            stored.add(saved);
        }
        database.put(household, rules, household, Map.copyOf(next));
        return stored.stream().sorted(EVALUATION_ORDER).toList();
    }
}
