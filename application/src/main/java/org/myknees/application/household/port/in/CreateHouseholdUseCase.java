package org.myknees.application.household.port.in;

import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.domain.household.Household;

/** Creates a household owned by the acting user. */
public interface CreateHouseholdUseCase {
    Household createHousehold(CreateHouseholdCommand command);
}
