package org.myknees.application.categorization.port.out;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleId;

/**
 * Stores a household's categorization rules: each {@link Rule} whole (condition tree, actions, stage, position,
 * flags) with a version for optimistic concurrency. Also keeps a rules file ({@code match,pattern,category[,tier]})
 * as it was written, the form older versions stored rules in; a household with no stored rules is still ruled by
 * its file until the rules are next changed.
 */
public interface RuleRepository {

    /** The household's rules file, or empty when it has none. */
    Optional<String> rulesFile(HouseholdId household);

    /** Replaces the household's rules file; an empty text leaves it with none. */
    void saveRulesFile(HouseholdId household, String rulesFile);

    /** The household's rules in the order they run (stage, then position). */
    List<StoredRule> list(HouseholdId household);

    /** The rule, or empty when the household has none with this id. */
    Optional<StoredRule> find(HouseholdId household, RuleId id);

    /**
     * Inserts a new rule ({@code expectedVersion} 0) or replaces the stored one if its version is
     * {@code expectedVersion}; returns it with the next version.
     *
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs, or a new
     *                                                                    rule's id is taken
     */
    StoredRule save(HouseholdId household, Rule rule, long expectedVersion);

    /** Removes the rule; false when the household had none with this id. */
    boolean delete(HouseholdId household, RuleId id);

    /** Replaces every rule of the household at once (all new at version 1): an import. */
    List<StoredRule> replaceAll(HouseholdId household, List<Rule> rules);
}
