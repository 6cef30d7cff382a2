package org.myknees.archfixture.compliant.application.ledger;

import java.time.Clock;
import java.util.List;
import org.myknees.archfixture.compliant.application.ledger.port.in.CloseLedgerCommand;
import org.myknees.archfixture.compliant.application.ledger.port.in.LedgerCommands.OpenLedgerCommand;
import org.myknees.archfixture.compliant.application.ledger.port.in.ListLedgersQuery;
import org.myknees.archfixture.compliant.application.ledger.port.in.OpenLedgerUseCase;
import org.myknees.archfixture.compliant.application.ledger.port.out.LedgerRepository;
import org.myknees.archfixture.compliant.domain.Ledger;

/** The service of the ledger feature, in the feature package. */
public final class LedgerService implements OpenLedgerUseCase, ListLedgersQuery {

    private final LedgerRepository ledgers;
    private final Clock clock;

    public LedgerService(LedgerRepository ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Override
    public Ledger open(OpenLedgerCommand command) {
        Ledger ledger = Ledger.open(command.name(), clock);
        ledgers.save(ledger);
        return ledger;
    }

    @Override
    public Ledger close(CloseLedgerCommand command) {
        return ledgers.list().stream().filter(l -> l.name().equals(command.name())).findFirst().orElseThrow().close();
    }

    @Override
    public List<Summary> list() {
        return ledgers.list().stream().map(l -> new Summary(l.name(), l.balanceMinor())).toList();
    }
}
