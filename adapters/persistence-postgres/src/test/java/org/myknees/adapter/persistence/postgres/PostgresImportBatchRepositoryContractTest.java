package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.ImportBatchRepositoryContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresImportBatchRepositoryContractTest extends ImportBatchRepositoryContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
