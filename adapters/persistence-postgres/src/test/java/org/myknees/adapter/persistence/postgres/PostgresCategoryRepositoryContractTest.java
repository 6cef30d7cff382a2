package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.CategoryRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresCategoryRepositoryContractTest extends CategoryRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
