package org.myknees.archfixture.violating.domain;

import org.myknees.archfixture.violating.application.ledger.port.out.LedgerRepository;

/** Breaks the dependency direction: the domain reaches into the application. */
public final class SelfStoringLedger {

    public void store(LedgerRepository repository) {
        repository.save(this);
    }
}
