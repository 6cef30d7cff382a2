package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.CategoryRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryCategoryRepositoryContractTest extends CategoryRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
