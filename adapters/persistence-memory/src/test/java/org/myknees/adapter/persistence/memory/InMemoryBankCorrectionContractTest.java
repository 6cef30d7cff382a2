package org.myknees.adapter.persistence.memory;

import org.myknees.application.contract.BankCorrectionContract;
import org.myknees.application.contract.PortsUnderTest;

class InMemoryBankCorrectionContractTest extends BankCorrectionContract {

    private final PortsUnderTest ports = InMemoryPorts.fresh();

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
