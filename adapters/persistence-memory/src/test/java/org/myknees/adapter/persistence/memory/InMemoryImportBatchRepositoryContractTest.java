package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.ImportBatchRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryImportBatchRepositoryContractTest extends ImportBatchRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
