package org.myknees.archfixture.violating.application.ledger;

import org.myknees.archfixture.violating.application.ledger.port.in.OpenLedgerUseCase;

/** Implements a use case in the right package under the wrong name. */
public final class LedgerHandler implements OpenLedgerUseCase {

    @Override
    public void open(String name) {
    }
}
