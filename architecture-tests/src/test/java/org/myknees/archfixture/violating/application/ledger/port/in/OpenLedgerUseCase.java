package org.myknees.archfixture.violating.application.ledger.port.in;

/** A well-named incoming port, implemented by the wrong classes. */
public interface OpenLedgerUseCase {
    void open(String name);
}
