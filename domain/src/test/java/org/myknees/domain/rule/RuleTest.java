package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myknees.domain.rule.Condition.text;
import static org.myknees.domain.rule.Subjects.described;
import static org.myknees.domain.rule.Subjects.withAmount;
import static org.myknees.domain.rule.TextField.MERCHANT;
import static org.myknees.domain.rule.TextField.NORMALIZED_DESCRIPTOR;
import static org.myknees.domain.rule.TextField.RAW_DESCRIPTOR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;

class RuleTest {

    private static final RuleAction TAG = new RuleAction.AddTag("x");

    private static Rule ruleWhen(Condition condition) {
        return Rule.builder(RuleId.newId(), "test rule").when(condition).then(TAG).build();
    }

    private static void assertInvalid(Condition condition, String reason) {
        RuleId id = RuleId.newId();
        assertThatThrownBy(() -> Rule.builder(id, "Coffee shops").when(condition).then(TAG).build())
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> {
                    assertThat(e.ruleName()).isEqualTo("Coffee shops");
                    assertThat(e.ruleId()).isEqualTo(id);
                    assertThat(e.reason()).contains(reason);
                })
                .hasMessageContaining("Coffee shops").hasMessageContaining(id.toString());
    }

    @Test
    void aBadRegexIsRefusedNamingTheRuleTheFieldAndTheFault() {
        assertInvalid(text(RAW_DESCRIPTOR, TextOperator.REGEX, "STARBUCKS [0-9"), "unterminated bracket");
        assertInvalid(text(MERCHANT, TextOperator.REGEX, "*BUCKS"), "merchant matches regex");
        assertInvalid(text(RAW_DESCRIPTOR, TextOperator.REGEX, "STARBUCKS \\d+"), "not portable ERE");
    }

    @Test
    void anEmptyOrMissingPatternIsRefused() {
        assertInvalid(text(RAW_DESCRIPTOR, TextOperator.CONTAINS, ""), "raw descriptor contains: the pattern is empty");
        assertInvalid(text(RAW_DESCRIPTOR, TextOperator.ONE_OF), "no pattern given");
        assertInvalid(text(RAW_DESCRIPTOR, TextOperator.ONE_OF, "A", ""), "the pattern is empty");
        assertInvalid(text(RAW_DESCRIPTOR, TextOperator.CONTAINS, "A", "B"), "takes one pattern, not 2");
    }

    @Test
    void rangesWhoseMinimumExceedsTheMaximumAreRefused() {
        assertInvalid(Condition.amountBetween(Money.parse("50", "USD"), Money.parse("10", "USD")),
                "minimum 50.00 USD is above maximum 10.00 USD");
        assertInvalid(Condition.bookedBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)),
                "2024-02-01 is after 2024-01-01");
    }

    @Test
    void otherUnworkableConditionsAreRefused() {
        assertInvalid(Condition.amountOneOf(Money.parse("5", "USD"), Money.parse("5", "EUR")), "several currencies");
        assertInvalid(Condition.magnitudeBetween(Money.parse("-5", "USD"), Money.parse("5", "USD")), "must not be negative");
        assertInvalid(Condition.any(), "any of: no condition given");
        assertInvalid(Condition.all(Condition.moneyIn(), Condition.weekday()), "no day given");
        assertInvalid(Condition.not(Condition.account()), "no account given");
    }

    @Test
    void aRuleNeedsSensibleActions() {
        Condition condition = text(RAW_DESCRIPTOR, TextOperator.CONTAINS, "A");
        CategoryKey food = CategoryKey.taxonomy("FOOD_AND_DRINK");
        assertThatThrownBy(() -> Rule.builder(RuleId.newId(), "r").when(condition).build())
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("no action");
        assertThatThrownBy(() -> Rule.builder(RuleId.newId(), "r").when(condition)
                .then(new RuleAction.SetCategory(food), new RuleAction.SetCategory(food)).build())
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("two SetCategory actions");
        assertThatThrownBy(() -> Rule.builder(RuleId.newId(), "r").when(condition)
                .then(new RuleAction.AddTag(" ")).build())
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("blank tag");
        assertThatThrownBy(() -> Rule.builder(RuleId.newId(), "r").when(condition)
                .then(new RuleAction.SetMerchant("")).build())
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("blank merchant");
        assertThatThrownBy(() -> Rule.builder(RuleId.newId(), "r").when(condition).then(TAG)
                .stopProcessing().applyAllMatches().build())
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("both stop processing");
        assertThatThrownBy(() -> Rule.builder(RuleId.newId(), "r").then(TAG).build())
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("no condition");
    }

    @Test
    void textComparisonIgnoresCaseUnlessTheRuleAsksForIt() {
        Rule insensitive = ruleWhen(text(RAW_DESCRIPTOR, TextOperator.STARTS_WITH, "whole foods"));
        Rule sensitive = ruleWhen(text(RAW_DESCRIPTOR, TextOperator.STARTS_WITH, "whole foods").matchingCase());

        assertThat(insensitive.matches(described("WHOLE FOODS MKT 10234"))).isTrue();
        assertThat(sensitive.matches(described("WHOLE FOODS MKT 10234"))).isFalse();
        assertThat(sensitive.matches(described("whole foods mkt 10234"))).isTrue();
    }

    @Test
    void eachTextOperatorComparesAsItsNameSays() {
        RuleSubject subject = described("SQ *BLUE BOTTLE");
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.EQUALS, "sq *blue bottle")).matches(subject)).isTrue();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.EQUALS, "sq *blue")).matches(subject)).isFalse();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.CONTAINS, "blue")).matches(subject)).isTrue();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.ENDS_WITH, "bottle")).matches(subject)).isTrue();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.ENDS_WITH, "blue")).matches(subject)).isFalse();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.ONE_OF, "x", "SQ *Blue Bottle")).matches(subject)).isTrue();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.REGEX, "^sq [*](blue|red) ")).matches(subject)).isTrue();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.REGEX, "bottle ")).matches(subject)).isFalse();
    }

    @Test
    void conditionsLookAtTheFieldTheyName() {
        RuleSubject subject = new RuleSubject("POS 4411 STARBUCKS #123", "STARBUCKS", Optional.of("Starbucks"),
                Money.parse("-4.50", "USD"), Subjects.CHECKING, Subjects.DAY);
        assertThat(ruleWhen(text(NORMALIZED_DESCRIPTOR, TextOperator.EQUALS, "starbucks")).matches(subject)).isTrue();
        assertThat(ruleWhen(text(RAW_DESCRIPTOR, TextOperator.EQUALS, "starbucks")).matches(subject)).isFalse();
        assertThat(ruleWhen(text(MERCHANT, TextOperator.EQUALS, "Starbucks").matchingCase()).matches(subject)).isTrue();
    }

    @Test
    void aMerchantConditionNeverMatchesAnUnknownMerchant() {
        Rule contains = ruleWhen(text(MERCHANT, TextOperator.REGEX, ".*"));
        Rule negated = ruleWhen(Condition.not(text(MERCHANT, TextOperator.CONTAINS, "x")));

        assertThat(contains.matches(described("ANY"))).isFalse();
        assertThat(negated.matches(described("ANY"))).isTrue();
    }

    @Test
    void amountConditionsCompareSignedOrMagnitudeAndOnlyInTheirCurrency() {
        Rule between = ruleWhen(Condition.amountBetween(Money.parse("-50", "USD"), Money.parse("-10", "USD")));
        Rule magnitude = ruleWhen(Condition.magnitudeBetween(Money.parse("10", "USD"), Money.parse("50", "USD")));
        Rule exactly = ruleWhen(Condition.amountOneOf(Money.parse("-9.99", "USD"), Money.parse("-14.99", "USD")));

        assertThat(between.matches(withAmount("X", "-20.00", "USD"))).isTrue();
        assertThat(between.matches(withAmount("X", "20.00", "USD"))).isFalse();
        assertThat(magnitude.matches(withAmount("X", "20.00", "USD"))).isTrue();
        assertThat(magnitude.matches(withAmount("X", "-50.00", "USD"))).isTrue();
        assertThat(magnitude.matches(withAmount("X", "-50.01", "USD"))).isFalse();
        assertThat(magnitude.matches(withAmount("X", "20.00", "EUR"))).isFalse();
        assertThat(exactly.matches(withAmount("X", "-14.99", "USD"))).isTrue();
        assertThat(exactly.matches(withAmount("X", "14.99", "USD"))).isFalse();
    }

    @Test
    void directionAccountDateAndWeekdayConditionsCombineWithAllAnyAndNot() {
        Rule rule = ruleWhen(Condition.all(
                Condition.moneyOut(),
                Condition.account(Subjects.CHECKING),
                Condition.bookedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Condition.any(Condition.weekday(DayOfWeek.SATURDAY), Condition.not(Condition.weekday(DayOfWeek.WEDNESDAY)))));
        RuleSubject wednesday = described("X");
        RuleSubject saturday = new RuleSubject("X", "X", Optional.empty(), Money.parse("-1", "USD"), Subjects.CHECKING,
                LocalDate.of(2024, 3, 9));
        RuleSubject onVisa = new RuleSubject("X", "X", Optional.empty(), Money.parse("-1", "USD"), Subjects.VISA,
                LocalDate.of(2024, 3, 9));
        RuleSubject lastYear = new RuleSubject("X", "X", Optional.empty(), Money.parse("-1", "USD"), Subjects.CHECKING,
                LocalDate.of(2023, 3, 11));

        assertThat(rule.matches(wednesday)).isFalse();
        assertThat(rule.matches(saturday)).isTrue();
        assertThat(rule.matches(onVisa)).isFalse();
        assertThat(rule.matches(lastYear)).isFalse();
    }

    @Test
    void rulesWithEqualPartsAreEqual() {
        RuleId id = RuleId.newId();
        Rule one = Rule.builder(id, "r").position(2).when(text(RAW_DESCRIPTOR, TextOperator.CONTAINS, "A")).then(TAG).build();
        Rule same = Rule.builder(id, "r").position(2).when(text(RAW_DESCRIPTOR, TextOperator.CONTAINS, "A")).then(TAG).build();
        Rule moved = Rule.builder(id, "r").position(3).when(text(RAW_DESCRIPTOR, TextOperator.CONTAINS, "A")).then(TAG).build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(moved);
    }
}
