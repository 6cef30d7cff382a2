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

    private Optional<Decision<CategoryKey>> category(CategorizedSubject<Integer> entry) {
        return Recategorization.changes(rules, entry).flatMap(HistoryChange::category);
    }

    @Test
    void aCategoryChangesOnlyWhereARuleDecidesAnotherOne() {
        assertThat(category(entry(1, "SAFEWAY #123", SHOPPING, false))).contains(new Decision<>(GROCERIES, safeway));
        assertThat(category(entry(2, "TRADER JOE'S", SHOPPING, false))).isEmpty();
        assertThat(category(entry(3, "SAFEWAY FUEL 44", null, false))).contains(new Decision<>(GROCERIES, safeway));
        assertThat(category(entry(4, "SAFEWAY #9", GROCERIES, false))).isEmpty();
    }

    @Test
    void leavesPinnedCategoriesAlone() {
        assertThat(Recategorization.changes(rules, entry(1, "SAFEWAY #123", SHOPPING, true))).isEmpty();
    }

    @Test
    void aTransactionNoRuleGivesACategoryKeepsItsOwn() {
        assertThat(category(entry(7, "SHELL FUEL", SHOPPING, false))).isEmpty();
        assertThat(Recategorization.changes(rules, entry(8, "CHEVRON", null, false))).isEmpty();
    }
}
