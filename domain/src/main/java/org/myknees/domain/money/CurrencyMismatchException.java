package org.myknees.domain.money;

import java.util.Currency;

/** Thrown when two amounts in different currencies are combined: money never converts implicitly. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private final Currency left;
    private final Currency right;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("Cannot combine amounts in " + left.getCurrencyCode() + " and " + right.getCurrencyCode());
        this.left = left;
        this.right = right;
    }

    public Currency left() {
        return left;
    }

    public Currency right() {
        return right;
    }
}
