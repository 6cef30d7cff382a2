package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.UseCaseContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryUseCaseContractTest extends UseCaseContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
