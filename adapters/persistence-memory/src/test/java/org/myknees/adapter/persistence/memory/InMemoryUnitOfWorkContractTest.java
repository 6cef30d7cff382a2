package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.UnitOfWorkContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
