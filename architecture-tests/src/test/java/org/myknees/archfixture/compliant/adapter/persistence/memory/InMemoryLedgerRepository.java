package org.myknees.archfixture.compliant.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import org.myknees.archfixture.compliant.application.ledger.port.out.LedgerRepository;
import org.myknees.archfixture.compliant.domain.Ledger;

/** One persistence adapter; it knows nothing of the other. */
public final class InMemoryLedgerRepository implements LedgerRepository {

    private final List<Ledger> ledgers = new ArrayList<>();

    @Override
    public void save(Ledger ledger) {
        ledgers.add(ledger);
    }

    @Override
    public List<Ledger> list() {
        return List.copyOf(ledgers);
    }
}
