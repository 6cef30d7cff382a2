package org.myknees.archfixture.compliant.application.ledger.port.in;

/** A holder of nested commands. */
public final class LedgerCommands {

    private LedgerCommands() {
    }

    public record OpenLedgerCommand(String name) {
    }
}
