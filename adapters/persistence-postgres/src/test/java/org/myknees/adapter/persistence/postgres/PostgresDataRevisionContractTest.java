package org.myknees.adapter.persistence.postgres;

import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.contract.PortsUnderTest;
import org.myknees.application.contract.DataRevisionContract;

class PostgresDataRevisionContractTest extends DataRevisionContract {

    @Override
    protected PortsUnderTest ports() {
        return PostgresPorts.shared();
    }

    @Override
    protected RuleRepository rules() {
        return PostgresPorts.sharedStore().rules();
    }

    @Override
    protected CorrectionRepository corrections() {
        return PostgresPorts.sharedStore().corrections();
    }
}
