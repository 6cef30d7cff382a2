package org.myknees.archfixture.violating.application.ledger.port.out;

/** A well-named outgoing port. */
public interface LedgerRepository {
    void save(Object ledger);
}
