package org.myknees.application.household;

import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;

/** Thrown when a member whose role does not allow it tries to change a household's data or members. */
public final class ReadOnlyMemberException extends RuntimeException {

    public ReadOnlyMemberException(HouseholdId household, MemberRole role, String action) {
        super("A " + role.name().toLowerCase(java.util.Locale.ROOT) + " of household " + household
                + " may not " + action);
    }
}
