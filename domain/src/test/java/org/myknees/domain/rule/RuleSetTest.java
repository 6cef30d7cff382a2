package org.myknees.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myknees.domain.rule.Condition.text;
import static org.myknees.domain.rule.Subjects.described;
import static org.myknees.domain.rule.TextField.RAW_DESCRIPTOR;
import static org.myknees.domain.rule.TextOperator.CONTAINS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.onetimeevent.OneTimeEventId;

class RuleSetTest {

    private static final CategoryKey GROCERIES = CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES");
    private static final CategoryKey RESTAURANTS = CategoryKey.taxonomy("FOOD_AND_DRINK_RESTAURANT");
    private static final CategoryKey SHOPPING = CategoryKey.taxonomy("GENERAL_MERCHANDISE");

    private static Rule.Builder rule(String name, int position, String contains) {
        return Rule.builder(RuleId.newId(), name).position(position).when(text(RAW_DESCRIPTOR, CONTAINS, contains));
    }

    private static RuleOutcome.Matched matched(RuleSet rules, RuleSubject subject) {
        RuleOutcome outcome = rules.evaluate(subject);
        assertThat(outcome).isInstanceOf(RuleOutcome.Matched.class);
        return (RuleOutcome.Matched) outcome;
    }

    @Test
    void firstMatchingRuleOfAStageWinsAndTheStageEndsThere() {
        Rule safeway = rule("safeway", 1, "SAFEWAY").then(new RuleAction.SetCategory(GROCERIES)).build();
        Rule anyStore = rule("store", 2, "STORE").then(new RuleAction.SetCategory(SHOPPING)).build();
        RuleSet rules = RuleSet.of(List.of(anyStore, safeway));

        RuleOutcome.Matched outcome = matched(rules, described("SAFEWAY STORE 1234"));

        assertThat(outcome.appliedRules()).containsExactly(safeway);
        assertThat(outcome.category()).contains(new Decision<>(GROCERIES, safeway));
    }

    @Test
    void aRuleThatAppliesAllMatchesLetsLaterRulesOfTheStageApplyAndOverride() {
        Rule amazon = rule("amazon", 1, "AMAZON").applyAllMatches()
                .then(new RuleAction.SetCategory(SHOPPING), new RuleAction.AddTag("online")).build();
        Rule prime = rule("prime", 2, "PRIME").then(new RuleAction.SetCategory(RESTAURANTS),
                new RuleAction.AddTag("online"), new RuleAction.AddTag("subscription")).build();
        RuleSet rules = RuleSet.of(List.of(amazon, prime));

        RuleOutcome.Matched outcome = matched(rules, described("AMAZON PRIME*2K4"));

        assertThat(outcome.appliedRules()).containsExactly(amazon, prime);
        assertThat(outcome.category()).contains(new Decision<>(RESTAURANTS, prime));
        assertThat(outcome.tags()).containsExactly(new Decision<>("online", amazon), new Decision<>("subscription", prime));
    }

    @Test
    void everyStageRunsInOrderAndALaterStageOverridesAnEarlierOne() {
        Rule post = rule("post", 0, "SHOP").stage(RuleStage.POST).then(new RuleAction.SetCategory(SHOPPING)).build();
        Rule pre = rule("pre", 5, "SHOP").stage(RuleStage.PRE).then(new RuleAction.SetMerchant("Corner Shop"),
                new RuleAction.SetCategory(GROCERIES)).build();
        Rule main = rule("main", 0, "CORNER").then(new RuleAction.SetNotes("weekly")).build();
        RuleSet rules = RuleSet.of(List.of(post, main, pre));

        RuleOutcome.Matched outcome = matched(rules, described("CORNER SHOP"));

        assertThat(rules.rules()).containsExactly(pre, main, post);
        assertThat(outcome.appliedRules()).containsExactly(pre, main, post);
        assertThat(outcome.merchant()).contains(new Decision<>("Corner Shop", pre));
        assertThat(outcome.notes()).contains(new Decision<>("weekly", main));
        assertThat(outcome.category()).contains(new Decision<>(SHOPPING, post));
    }

    @Test
    void aRuleThatStopsProcessingEndsEvaluationAcrossStages() {
        OneTimeEventId wedding = OneTimeEventId.newId();
        Rule transfer = rule("transfer", 0, "ZELLE").stopProcessing()
                .then(new RuleAction.MarkAsTransfer(), new RuleAction.SetOneTimeEvent(wedding)).build();
        Rule later = rule("later", 0, "ZELLE").stage(RuleStage.POST).then(new RuleAction.SetCategory(SHOPPING)).build();
        RuleSet rules = RuleSet.of(List.of(transfer, later));

        RuleOutcome.Matched outcome = matched(rules, described("ZELLE TO J SMITH"));

        assertThat(outcome.appliedRules()).containsExactly(transfer);
        assertThat(outcome.transferMarkedBy()).contains(transfer);
        assertThat(outcome.isTransfer()).isTrue();
        assertThat(outcome.oneTimeEvent()).contains(new Decision<>(wedding, transfer));
        assertThat(outcome.category()).isEmpty();
    }

    @Test
    void aSubjectNoRuleMatchesGetsNoMatch() {
        RuleSet rules = RuleSet.of(List.of(rule("safeway", 0, "SAFEWAY").then(new RuleAction.SetCategory(GROCERIES)).build()));

        assertThat(rules.evaluate(described("TRADER JOE'S #552"))).isEqualTo(RuleOutcome.noMatch());
        assertThat(RuleSet.of(List.of()).evaluate(described("ANYTHING"))).isInstanceOf(RuleOutcome.NoMatch.class);
    }

    @Test
    void aRuleWithoutLiteralsIsTestedOnEverySubject() {
        Rule refunds = Rule.builder(RuleId.newId(), "refunds").when(Condition.moneyIn())
                .then(new RuleAction.AddTag("refund")).build();
        RuleSet rules = RuleSet.of(List.of(refunds));

        assertThat(rules.evaluate(Subjects.withAmount("WHATEVER", "3.00", "USD"))).isInstanceOf(RuleOutcome.Matched.class);
        assertThat(rules.evaluate(Subjects.withAmount("WHATEVER", "-3.00", "USD"))).isInstanceOf(RuleOutcome.NoMatch.class);
    }

    @Test
    void twoRulesAtOnePositionOfAStageAreRefused() {
        Rule a = rule("a", 3, "A").then(new RuleAction.AddTag("a")).build();
        Rule b = rule("b", 3, "B").then(new RuleAction.AddTag("b")).build();

        assertThatThrownBy(() -> RuleSet.of(List.of(a, b)))
                .isInstanceOf(DuplicateRuleException.class)
                .hasMessageContaining("'a'").hasMessageContaining("'b'").hasMessageContaining("position 3");
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        RuleId id = RuleId.newId();
        Rule a = Rule.builder(id, "a").position(1).when(text(RAW_DESCRIPTOR, CONTAINS, "A")).then(new RuleAction.AddTag("a")).build();
        Rule b = Rule.builder(id, "b").position(2).when(text(RAW_DESCRIPTOR, CONTAINS, "B")).then(new RuleAction.AddTag("b")).build();

        assertThatThrownBy(() -> RuleSet.of(List.of(a, b)))
                .isInstanceOf(DuplicateRuleException.class).hasMessageContaining(id.toString());
    }
}
