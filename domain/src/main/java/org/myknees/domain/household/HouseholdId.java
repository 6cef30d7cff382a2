package org.myknees.domain.household;

import java.util.Objects;
import java.util.UUID;

/** Identifies a household, the tenant that owns all data. Created by the application, never by a store. */
public record HouseholdId(UUID value) {

    public HouseholdId {
        Objects.requireNonNull(value, "HouseholdId value");
    }

    public static HouseholdId newId() {
        return new HouseholdId(UUID.randomUUID());
    }

    public static HouseholdId of(String text) {
        return new HouseholdId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
