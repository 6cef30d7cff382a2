package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleStage;
import org.myknees.domain.rule.TextField;
import org.myknees.domain.rule.TextOperator;

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

    @Test
    void a_rule_with_every_kind_of_condition_and_action_comes_back_equal() {
        HouseholdId household = HouseholdId.newId();
        Rule rule = Rule.builder(RuleId.newId(), "Weekend \"coffee\" \\ fuel").stage(RuleStage.POST).position(7)
                .when(Condition.all(
                        Condition.any(Condition.text(TextField.MERCHANT, TextOperator.ONE_OF, "Shell", "BP"),
                                Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.REGEX, "^SHELL [0-9]+$").matchingCase()),
                        Condition.not(Condition.moneyIn()),
                        Condition.magnitudeBetween(Money.parse("10.00", "EUR"), Money.parse("80.50", "EUR")),
                        Condition.account(AccountId.newId(), AccountId.newId()),
                        Condition.bookedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        Condition.weekday(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)))
                .then(new RuleAction.SetCategory(CategoryKey.taxonomy("TRANSPORTATION_GAS")),
                        new RuleAction.SetMerchant("Shell"), new RuleAction.AddTag("car"), new RuleAction.AddTag("weekend"),
                        new RuleAction.SetOneTimeEvent(OneTimeEventId.newId()), new RuleAction.MarkAsTransfer(),
                        new RuleAction.SetNotes("line one\nline two"))
                .stopProcessing()
                .build();

        StoredRule saved = rules().save(household, rule, 0);

        assertThat(saved).isEqualTo(new StoredRule(rule, 1));
        assertThat(rules().find(household, rule.id())).contains(saved);
        assertThat(rules().list(household)).containsExactly(saved);
    }

    @Test
    void rules_list_in_stage_then_position_order_and_stay_in_their_household() {
        HouseholdId mine = HouseholdId.newId();
        Rule post = coffee(RuleStage.POST, 0);
        Rule second = coffee(RuleStage.DEFAULT, 2);
        Rule pre = coffee(RuleStage.PRE, 5);
        Rule first = coffee(RuleStage.DEFAULT, 1);
        for (Rule rule : List.of(post, second, pre, first)) {
            rules().save(mine, rule, 0);
        }

        assertThat(rules().list(mine)).extracting(StoredRule::rule).containsExactly(pre, first, second, post);
        assertThat(rules().list(HouseholdId.newId())).isEmpty();
        assertThat(rules().find(HouseholdId.newId(), pre.id())).isEmpty();
    }

    @Test
    void a_save_with_a_stale_version_or_a_taken_id_is_a_conflict() {
        HouseholdId household = HouseholdId.newId();
        Rule rule = coffee(RuleStage.DEFAULT, 0);
        rules().save(household, rule, 0);
        Rule moved = coffee(rule.id(), RuleStage.DEFAULT, 3);

        assertThat(rules().save(household, moved, 1).version()).isEqualTo(2);
        assertThatThrownBy(() -> rules().save(household, rule, 1)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> rules().save(household, rule, 0)).isInstanceOf(VersionConflictException.class);
        assertThat(rules().find(household, rule.id())).contains(new StoredRule(moved, 2));
    }

    @Test
    void delete_removes_one_rule_and_replace_all_swaps_the_whole_set() {
        HouseholdId household = HouseholdId.newId();
        Rule kept = coffee(RuleStage.DEFAULT, 0);
        Rule dropped = coffee(RuleStage.DEFAULT, 1);
        rules().save(household, kept, 0);
        rules().save(household, dropped, 0);

        assertThat(rules().delete(household, dropped.id())).isTrue();
        assertThat(rules().delete(household, dropped.id())).isFalse();
        assertThat(rules().delete(HouseholdId.newId(), kept.id())).isFalse();
        assertThat(rules().list(household)).extracting(StoredRule::rule).containsExactly(kept);

        Rule imported = coffee(RuleStage.DEFAULT, 0);
        assertThat(rules().replaceAll(household, List.of(imported))).containsExactly(new StoredRule(imported, 1));
        assertThat(rules().list(household)).containsExactly(new StoredRule(imported, 1));
    }

    private static Rule coffee(RuleStage stage, int position) {
        return coffee(RuleId.newId(), stage, position);
    }

    private static Rule coffee(RuleId id, RuleStage stage, int position) {
        return Rule.builder(id, "coffee " + stage + " " + position).stage(stage).position(position)
                .when(Condition.text(TextField.NORMALIZED_DESCRIPTOR, TextOperator.CONTAINS, "STARBUCKS"))
                .then(new RuleAction.SetCategory(CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE")))
                .build();
    }
}
