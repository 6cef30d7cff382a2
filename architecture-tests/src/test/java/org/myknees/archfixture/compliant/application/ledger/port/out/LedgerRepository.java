package org.myknees.archfixture.compliant.application.ledger.port.out;

import java.util.List;
import org.myknees.archfixture.compliant.domain.Ledger;

/** The outgoing port of the ledger aggregate. */
public interface LedgerRepository {
    void save(Ledger ledger);

    List<Ledger> list();
}
