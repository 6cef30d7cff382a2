package org.myknees.archfixture.compliant.adapter.persistence.postgres;

import org.myknees.archfixture.compliant.domain.Ledger;

/** A mapper kept package-private. */
final class LedgerMapper {

    private LedgerMapper() {
    }

    static LedgerEntity toEntity(Ledger ledger) {
        LedgerEntity entity = new LedgerEntity();
        entity.name = ledger.name();
        entity.balanceMinor = ledger.balanceMinor();
        entity.openedOn = ledger.openedOn();
        return entity;
    }

    static Ledger toLedger(LedgerEntity entity) {
        return new Ledger(entity.name, entity.balanceMinor, entity.openedOn);
    }
}
