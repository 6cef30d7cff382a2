package org.myknees.archfixture.violating.application.ledger.port.out;

/** An outgoing port named after a building block. */
public interface LedgerDao {
    void save(Object ledger);
}
