package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.PortsUnderTest;
import org.myknees.application.contract.PurchaseRepositoryContract;

class PostgresPurchaseRepositoryContractTest extends PurchaseRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
