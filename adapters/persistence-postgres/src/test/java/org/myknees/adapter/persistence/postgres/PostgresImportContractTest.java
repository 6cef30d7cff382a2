package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.ImportContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresImportContractTest extends ImportContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
