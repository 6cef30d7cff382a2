package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.HouseholdRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresHouseholdRepositoryContractTest extends HouseholdRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
