package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.ImportContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryImportContractTest extends ImportContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
