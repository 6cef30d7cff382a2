package org.myknees.archfixture.violating.application.ledger.port.in;

/** An incoming port named neither *UseCase nor *Query. */
public interface LedgerFacade {
    void open(String name);
}
