package org.myknees.adapter.persistence.memory;

import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.contract.CategorizationStoreContract;

class InMemoryCategorizationStoreContractTest extends CategorizationStoreContract {

    private final InMemoryPersistence store = new InMemoryPersistence();

    @Override
    protected RuleRepository rules() {
        return store.rules();
    }

    @Override
    protected CorrectionRepository corrections() {
        return store.corrections();
    }
}
