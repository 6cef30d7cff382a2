package org.myknees.domain.household;

/** Thrown when a change would leave a household without an owner. */
public final class LastOwnerException extends IllegalStateException {

    public LastOwnerException(HouseholdId household) {
        super("Household " + household + " must keep at least one owner");
    }
}
