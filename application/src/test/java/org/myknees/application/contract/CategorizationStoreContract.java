package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.domain.household.HouseholdId;

/** What every {@link RuleRepository} and {@link CorrectionRepository} must do. */
public abstract class CategorizationStoreContract {

    protected abstract RuleRepository rules();

    protected abstract CorrectionRepository corrections();

    @Test
    void a_rules_file_is_kept_per_household_and_replaced_whole() {
        HouseholdId mine = HouseholdId.newId();
        HouseholdId theirs = HouseholdId.newId();
        rules().saveRulesFile(mine, "match,pattern,category\ncontains,STARBUCKS,FOOD_AND_DRINK_COFFEE\n");
        rules().saveRulesFile(mine, "match,pattern,category\ncontains,SHELL,TRANSPORTATION_GAS\n");

        assertThat(rules().rulesFile(mine)).contains("match,pattern,category\ncontains,SHELL,TRANSPORTATION_GAS\n");
        assertThat(rules().rulesFile(theirs)).isEmpty();
    }

    @Test
    void a_later_correction_of_a_descriptor_replaces_the_earlier_and_households_never_share() {
        HouseholdId mine = HouseholdId.newId();
        HouseholdId theirs = HouseholdId.newId();
        corrections().save(mine, new LabelledExample("JOES PIZZA", "FOOD_AND_DRINK_FAST_FOOD", Optional.empty()));
        corrections().save(mine, new LabelledExample("SHELL", "TRANSPORTATION_GAS", Optional.of("Shell")));
        corrections().save(mine, new LabelledExample("JOES PIZZA", "FOOD_AND_DRINK_RESTAURANT", Optional.of("Joe's Pizza")));

        assertThat(corrections().list(mine)).containsExactly(
                new LabelledExample("JOES PIZZA", "FOOD_AND_DRINK_RESTAURANT", Optional.of("Joe's Pizza")),
                new LabelledExample("SHELL", "TRANSPORTATION_GAS", Optional.of("Shell")));
        assertThat(corrections().list(theirs)).isEmpty();
    }
}
