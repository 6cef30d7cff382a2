package org.myknees.archfixture.compliant.adapter.persistence.postgres;

import java.util.ArrayList;
import java.util.List;
import org.myknees.archfixture.compliant.adapter.persistence.postgres.schema.LedgerTable;
import org.myknees.archfixture.compliant.application.ledger.port.out.LedgerRepository;
import org.myknees.archfixture.compliant.domain.Ledger;

/** The other persistence adapter, using a sub-package of its own module and package-private shapes. */
public final class PostgresLedgerRepository implements LedgerRepository {

    private final List<LedgerEntity> rows = new ArrayList<>();

    @Override
    public void save(Ledger ledger) {
        rows.add(LedgerMapper.toEntity(ledger));
    }

    @Override
    public List<Ledger> list() {
        return rows.stream().map(LedgerMapper::toLedger).toList();
    }

    public String table() {
        return LedgerTable.name();
    }
}
