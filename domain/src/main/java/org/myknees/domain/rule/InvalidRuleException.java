package org.myknees.domain.rule;

/** Thrown when a rule is built with a condition or action that cannot work; the message names the rule and why. */
public final class InvalidRuleException extends IllegalArgumentException {

    private final String ruleName;
    private final RuleId ruleId;
    private final String reason;

    public InvalidRuleException(String ruleName, RuleId ruleId, String reason) {
        super("Rule '" + ruleName + "' (" + ruleId + ") is invalid: " + reason);
        this.ruleName = ruleName;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    public String ruleName() {
        return ruleName;
    }

    public RuleId ruleId() {
        return ruleId;
    }

    /** Why the rule is invalid, without the rule's name. */
    public String reason() {
        return reason;
    }
}
