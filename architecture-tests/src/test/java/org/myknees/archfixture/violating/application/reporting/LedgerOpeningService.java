package org.myknees.archfixture.violating.application.reporting;

import org.myknees.archfixture.violating.application.ledger.port.in.OpenLedgerUseCase;

/** Implements a use case of another feature. */
public final class LedgerOpeningService implements OpenLedgerUseCase {

    @Override
    public void open(String name) {
    }
}
