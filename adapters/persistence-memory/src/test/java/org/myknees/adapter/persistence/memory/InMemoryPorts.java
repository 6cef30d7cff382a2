package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.PortsUnderTest;

/** A fresh in-memory store as the contract suites see it. */
final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static PortsUnderTest fresh() {
        InMemoryPersistence store = new InMemoryPersistence();
        return new PortsUnderTest(store.unitOfWork(), store.outbox(), store.households(), store.accounts(),
                store.transactions(), store.categories(), store.oneTimeEvents(), store.reports(), store.importBatches(),
                store.purchases());
    }
}
