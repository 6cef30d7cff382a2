package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.TransactionRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryTransactionRepositoryContractTest extends TransactionRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
