package org.myknees.archfixture.compliant.adapter.persistence.postgres;

import java.time.LocalDate;

/** A persistence shape kept package-private. */
final class LedgerEntity {
    String name;
    long balanceMinor;
    LocalDate openedOn;
}
