package org.myknees.adapter.persistence.postgres;

import org.myknees.application.contract.BankCorrectionContract;
import org.myknees.application.contract.PortsUnderTest;

class PostgresBankCorrectionContractTest extends BankCorrectionContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }
}
