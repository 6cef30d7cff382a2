package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.AccountRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresAccountRepositoryContractTest extends AccountRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
