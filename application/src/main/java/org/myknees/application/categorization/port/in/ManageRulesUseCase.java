package org.myknees.application.categorization.port.in;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.myknees.application.categorization.port.in.RuleCommands.CreateRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.DeleteRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ImportRulesCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ReplaceRuleCommand;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleStage;

/**
 * A household's categorization rules. Members read them; owners and editors change them. Every change is one unit
 * of work and takes effect for the next categorization. A rule that cannot work fails with an
 * {@link org.myknees.domain.rule.InvalidRuleException} or an {@link InvalidRuleDraftException}.
 */
public interface ManageRulesUseCase {

    /** The rules in the order they run. */
    List<StoredRule> listRules(UserId actor, HouseholdId household);

    StoredRule getRule(UserId actor, HouseholdId household, RuleId rule);

    StoredRule createRule(CreateRuleCommand command);

    StoredRule replaceRule(ReplaceRuleCommand command);

    void deleteRule(DeleteRuleCommand command);

    /**
     * Replaces the rules with those of a rules file, in file order.
     *
     * @throws org.myknees.domain.rule.RulesCsvException naming the line and column of the first fault
     */
    List<StoredRule> importRules(ImportRulesCommand command);

    /**
     * A rule as a person describes it, before it has an id and a settled position.
     *
     * @param position where in its stage it runs; empty puts it after the stage's last rule. A position another rule
     *                 of the stage holds moves that rule and the ones after it down by one.
     */
    record RuleDraft(String name, RuleStage stage, OptionalInt position, Condition condition,
                     List<RuleAction> actions, boolean stopsProcessing, boolean appliesAllMatches) {

        public RuleDraft {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(condition, "condition");
            actions = List.copyOf(actions);
        }
    }
}
