package org.myknees.application.categorization.port.in;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.myknees.domain.rule.Condition;
import org.myknees.domain.rule.RuleAction;
import org.myknees.domain.rule.RuleStage;

/**
 * A rule as a person describes it, before it has an id and a settled position.
 *
 * @param position where in its stage it runs; empty puts it after the stage's last rule. A position another rule
 *                 of the stage holds moves that rule and the ones after it down by one.
 */
public record RuleDraft(String name, RuleStage stage, OptionalInt position, Condition condition,
                        List<RuleAction> actions, boolean stopsProcessing, boolean appliesAllMatches) {

    public RuleDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(condition, "condition");
        actions = List.copyOf(actions);
    }
}
