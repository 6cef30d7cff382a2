package org.myknees.archfixture.compliant.application.ledger.port.in;

import java.util.List;

/** A query whose result record is nested in it. */
public interface ListLedgersQuery {
    List<Summary> list();

    record Summary(String name, long balanceMinor) {
    }
}
