package org.myknees.domain.rule;

/** Which way money moved: in (a positive amount) or out (a negative amount). A zero amount is neither. */
public enum MoneyDirection {
    IN,
    OUT
}
