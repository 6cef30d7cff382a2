package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.UseCaseContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresUseCaseContractTest extends UseCaseContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
