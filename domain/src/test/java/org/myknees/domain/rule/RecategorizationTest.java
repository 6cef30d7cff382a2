package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.CategoryKey;

class RecategorizationTest {

    private static final CategoryKey GROCERIES = CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES");
    private static final CategoryKey SHOPPING = CategoryKey.taxonomy("GENERAL_MERCHANDISE");

    private final Rule safeway = Rule.builder(RuleId.newId(), "safeway")
            .when(Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "SAFEWAY"))
            .then(new RuleAction.SetCategory(GROCERIES)).build();
    private final Rule tagOnly = Rule.builder(RuleId.newId(), "tag fuel").position(1)
            .when(Condition.text(TextField.RAW_DESCRIPTOR, TextOperator.CONTAINS, "FUEL"))
            .then(new RuleAction.AddTag("car")).build();
    private final RuleSet rules = RuleSet.of(List.of(safeway, tagOnly));

    private static CategorizedSubject<Integer> entry(int id, String descriptor, CategoryKey category, boolean pinned) {
        return new CategorizedSubject<>(id, Subjects.described(descriptor), Optional.ofNullable(category), pinned);
    }

    @Test
    void listsEveryChangeFromBeforeToAfterWithTheDecidingRuleInHistoryOrder() {
        List<CategoryChange<Integer>> changes = Recategorization.preview(rules, List.of(
                entry(1, "SAFEWAY #123", SHOPPING, false),
                entry(2, "TRADER JOE'S", SHOPPING, false),
                entry(3, "SAFEWAY FUEL 44", null, false),
                entry(4, "SAFEWAY #9", GROCERIES, false)));

        assertThat(changes).containsExactly(
                new CategoryChange<>(1, Optional.of(SHOPPING), new Decision<>(GROCERIES, safeway)),
                new CategoryChange<>(3, Optional.empty(), new Decision<>(GROCERIES, safeway)));
    }

    @Test
    void leavesPinnedCategoriesAlone() {
        assertThat(Recategorization.preview(rules, List.of(entry(1, "SAFEWAY #123", SHOPPING, true)))).isEmpty();
    }

    @Test
    void aTransactionNoRuleGivesACategoryKeepsItsOwn() {
        assertThat(Recategorization.change(rules, entry(7, "SHELL FUEL", SHOPPING, false))).isEmpty();
        assertThat(Recategorization.change(rules, entry(8, "CHEVRON", null, false))).isEmpty();
    }
}
