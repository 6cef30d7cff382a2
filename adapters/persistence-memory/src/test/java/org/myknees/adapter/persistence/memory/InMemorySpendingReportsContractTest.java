package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.SpendingReportsContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemorySpendingReportsContractTest extends SpendingReportsContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
