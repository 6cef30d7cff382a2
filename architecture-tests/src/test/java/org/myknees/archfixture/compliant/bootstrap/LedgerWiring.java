package org.myknees.archfixture.compliant.bootstrap;

import java.time.Clock;
import org.myknees.archfixture.compliant.adapter.persistence.memory.InMemoryLedgerRepository;
import org.myknees.archfixture.compliant.adapter.persistence.postgres.PostgresLedgerRepository;
import org.myknees.archfixture.compliant.adapter.rest.LedgerResource;
import org.myknees.archfixture.compliant.application.ledger.LedgerService;

/** The outermost ring may depend on everything. */
public final class LedgerWiring {

    private LedgerWiring() {
    }

    public static LedgerResource wire(boolean inMemory, Clock clock) {
        LedgerService service = new LedgerService(
                inMemory ? new InMemoryLedgerRepository() : new PostgresLedgerRepository(), clock);
        return new LedgerResource(service, service, 20);
    }
}
