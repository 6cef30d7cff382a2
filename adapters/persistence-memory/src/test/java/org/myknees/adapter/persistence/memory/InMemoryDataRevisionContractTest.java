package org.myknees.adapter.persistence.memory;

import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.contract.DataRevisionContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryDataRevisionContractTest extends DataRevisionContract {

    private final InMemoryPersistence store = new InMemoryPersistence();

    @Override
    protected PortsUnderTest ports() {
        return new PortsUnderTest(store.unitOfWork(), store.outbox(), store.households(), store.accounts(),
                store.transactions(), store.categories(), store.oneTimeEvents(), store.reports(), store.importBatches(),
                store.purchases());
    }

    @Override
    protected RuleRepository rules() {
        return store.rules();
    }

    @Override
    protected CorrectionRepository corrections() {
        return store.corrections();
    }
}
