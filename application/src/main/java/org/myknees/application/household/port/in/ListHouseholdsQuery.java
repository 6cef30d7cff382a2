package org.myknees.application.household.port.in;

import java.util.List;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** The households a user belongs to. */
public interface ListHouseholdsQuery {
    /** Ordered by name then id. */
    List<Household> listHouseholds(UserId actor);

    /** One household the user belongs to; not found otherwise. */
    Household getHousehold(UserId actor, HouseholdId id);
}
