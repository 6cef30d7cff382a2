package org.myknees.archfixture.violating.application.ledger.port.in;

/** A holder of commands not named *Commands. */
public final class LedgerForms {

    private LedgerForms() {
    }

    public record RenameLedgerCommand(String name) {
    }
}
