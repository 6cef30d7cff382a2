package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.PortsUnderTest;
import org.myknees.application.contract.PurchaseRepositoryContract;

class InMemoryPurchaseRepositoryContractTest extends PurchaseRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
