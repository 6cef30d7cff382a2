package org.myknees.domain.rule;

/**
 * The ordered stages rules run in: every {@link #PRE} rule before every {@link #DEFAULT} rule, and those before
 * every {@link #POST} rule. A later stage may override what an earlier one decided, so {@code PRE} suits
 * clean-up (merchant names) and {@code POST} suits corrections that must have the last word.
 */
public enum RuleStage {
    PRE,
    DEFAULT,
    POST
}
