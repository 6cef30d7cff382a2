package org.myknees.archfixture.violating.adapter.persistence.postgres;

/** A persistence shape that leaks out of its adapter. */
public final class LedgerEntity {
    public String name;
}
