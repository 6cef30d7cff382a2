package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.OneTimeEventRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryOneTimeEventRepositoryContractTest extends OneTimeEventRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
