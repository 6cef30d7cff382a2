package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.TransactionRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresTransactionRepositoryContractTest extends TransactionRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
