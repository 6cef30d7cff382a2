package org.myknees.domain.rule;

/** How an amount condition compares a transaction's amount with its value(s). */
public enum AmountOperator {
    EQUALS,
    ONE_OF,
    /** Between a minimum and a maximum, both included. */
    BETWEEN
}
