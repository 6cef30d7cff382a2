package org.myknees.domain.transaction;

import org.myknees.domain.money.Money;

/** Thrown when split lines do not add up exactly to the amount of their transaction. */
public final class SplitsDoNotAddUpException extends IllegalArgumentException {

    public SplitsDoNotAddUpException(Money total, Money sum) {
        super("Split lines add up to " + sum + " but the transaction amount is " + total);
    }
}
