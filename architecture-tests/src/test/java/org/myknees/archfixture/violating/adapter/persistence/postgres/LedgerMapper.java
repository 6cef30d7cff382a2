package org.myknees.archfixture.violating.adapter.persistence.postgres;

/** A mapper that leaks out of its adapter. */
public final class LedgerMapper {

    public LedgerEntity toEntity(String name) {
        LedgerEntity entity = new LedgerEntity();
        entity.name = name;
        return entity;
    }
}
