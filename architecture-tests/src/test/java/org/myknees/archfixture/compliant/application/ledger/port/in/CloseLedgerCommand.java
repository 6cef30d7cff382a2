package org.myknees.archfixture.compliant.application.ledger.port.in;

/** A top-level command with a nested part. */
public record CloseLedgerCommand(String name, Reason reason) {

    public record Reason(String text) {
    }
}
