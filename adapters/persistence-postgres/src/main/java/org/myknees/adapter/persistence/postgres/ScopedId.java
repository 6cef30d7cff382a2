package org.myknees.adapter.persistence.postgres;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of every household-owned entity: the household, then the entity's own id. */
final class ScopedId implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID householdId;
    private UUID id;

    ScopedId() {
    }

    ScopedId(UUID householdId, UUID id) {
        this.householdId = Objects.requireNonNull(householdId, "householdId");
        this.id = Objects.requireNonNull(id, "id");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopedId other && Objects.equals(householdId, other.householdId)
                && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(householdId, id);
    }
}
