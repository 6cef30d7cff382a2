package org.myknees.application.household.port.in;

import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.application.household.port.in.HouseholdCommands.ChangeMemberRoleCommand;
import org.myknees.application.household.port.in.HouseholdCommands.RemoveMemberCommand;
import org.myknees.domain.household.Household;

/**
 * Owners add members, change their roles and remove them; a household always keeps an owner. A member may
 * also remove themself.
 */
public interface ManageMembersUseCase {
    Household addMember(AddMemberCommand command);

    Household changeMemberRole(ChangeMemberRoleCommand command);

    Household removeMember(RemoveMemberCommand command);
}
