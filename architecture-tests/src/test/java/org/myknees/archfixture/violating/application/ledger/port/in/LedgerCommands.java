package org.myknees.archfixture.violating.application.ledger.port.in;

/** A commands holder with a record not named *Command. */
public final class LedgerCommands {

    private LedgerCommands() {
    }

    public record CloseLedger(String name) {
    }
}
