package org.myknees.archfixture.violating.application.ledger.port.in;

/** Implements a use case inside the port package. */
public final class OpenLedgerService implements OpenLedgerUseCase {

    @Override
    public void open(String name) {
    }
}
