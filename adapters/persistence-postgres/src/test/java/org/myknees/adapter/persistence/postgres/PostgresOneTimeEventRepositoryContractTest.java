package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.OneTimeEventRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresOneTimeEventRepositoryContractTest extends OneTimeEventRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
