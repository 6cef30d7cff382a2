package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.UnitOfWorkContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresUnitOfWorkContractTest extends UnitOfWorkContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
