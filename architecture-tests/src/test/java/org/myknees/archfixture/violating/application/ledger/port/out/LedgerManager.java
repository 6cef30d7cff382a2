package org.myknees.archfixture.violating.application.ledger.port.out;

/** An outgoing port named after a building block. */
public interface LedgerManager {
    void save(Object ledger);
}
