package org.myknees.application.categorization.port.out;

import java.util.Optional;
import org.myknees.domain.household.HouseholdId;

/**
 * Stores a household's categorization rules in their file form ({@code match,pattern,category[,tier]}, first
 * match in file order wins), which is also the form people import and export.
 */
public interface RuleRepository {

    /** The household's rules file, or empty when it has none. */
    Optional<String> rulesFile(HouseholdId household);

    /** Replaces the household's rules. */
    void saveRulesFile(HouseholdId household, String rulesFile);
}
