package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.AccountRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryAccountRepositoryContractTest extends AccountRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
