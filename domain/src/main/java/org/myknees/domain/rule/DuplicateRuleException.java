package org.myknees.domain.rule;

/** Thrown when a rule set holds two rules with one id, or two rules at one position of one stage. */
public final class DuplicateRuleException extends IllegalArgumentException {

    public DuplicateRuleException(String message) {
        super(message);
    }
}
