package org.myknees.archfixture.compliant.adapter.persistence.postgres.schema;

/** Part of the postgres adapter module, so its use from the parent package is no cross-adapter dependency. */
public final class LedgerTable {

    private LedgerTable() {
    }

    public static String name() {
        return "ledger";
    }
}
