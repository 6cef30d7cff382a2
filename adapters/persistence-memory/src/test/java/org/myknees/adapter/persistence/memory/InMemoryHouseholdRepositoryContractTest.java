package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.HouseholdRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryHouseholdRepositoryContractTest extends HouseholdRepositoryContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
