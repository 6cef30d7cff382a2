package org.myknees.archfixture.compliant.application.ledger.port.in;

import org.myknees.archfixture.compliant.application.ledger.port.in.LedgerCommands.OpenLedgerCommand;
import org.myknees.archfixture.compliant.domain.Ledger;

/** A use case whose command sits in a *Commands holder. */
public interface OpenLedgerUseCase {
    Ledger open(OpenLedgerCommand command);

    Ledger close(CloseLedgerCommand command);
}
