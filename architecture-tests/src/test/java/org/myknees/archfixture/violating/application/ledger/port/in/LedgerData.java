package org.myknees.archfixture.violating.application.ledger.port.in;

/** A top-level record in port.in that is no command. */
public record LedgerData(String name) {
}
