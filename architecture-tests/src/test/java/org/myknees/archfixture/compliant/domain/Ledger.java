package org.myknees.archfixture.compliant.domain;

import java.time.Clock;
import java.time.LocalDate;

/** A ledger that reads the date from an injected clock. */
public record Ledger(String name, long balanceMinor, LocalDate openedOn) {

    public static Ledger open(String name, Clock clock) {
        return new Ledger(name, 0, LocalDate.now(clock));
    }

    public Ledger close() {
        if (balanceMinor != 0) {
            throw new LedgerNotEmptyException(name);
        }
        return this;
    }
}
