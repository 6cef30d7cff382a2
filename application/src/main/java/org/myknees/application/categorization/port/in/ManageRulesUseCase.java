package org.myknees.application.categorization.port.in;

import java.util.List;
import org.myknees.application.categorization.port.in.RuleCommands.CreateRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.DeleteRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ImportRulesCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ReplaceRuleCommand;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.rule.RuleId;

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
}
