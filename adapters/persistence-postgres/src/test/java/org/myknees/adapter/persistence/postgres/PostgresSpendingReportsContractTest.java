package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.SpendingReportsContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresSpendingReportsContractTest extends SpendingReportsContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
