package org.myknees.application.household;

import java.util.Objects;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/**
 * The access policy of every use case: a user who is not a member of a household gets the same "not found"
 * as for a household that does not exist; viewers read only; owners alone manage members.
 */
public final class HouseholdAccess {

    private final HouseholdRepository households;

    public HouseholdAccess(HouseholdRepository households) {
        this.households = Objects.requireNonNull(households, "households");
    }

    /** The household if the user may read it. */
    public Household requireReader(UserId user, HouseholdId id) {
        Household household = households.find(id).orElseThrow(() -> new NotFoundException("household", id));
        if (!household.isMember(user)) {
            throw new NotFoundException("household", id);
        }
        return household;
    }

    /** The household if the user may change its data. */
    public Household requireWriter(UserId user, HouseholdId id) {
        Household household = requireReader(user, id);
        MemberRole role = household.roleOf(user).orElseThrow();
        if (!role.canWrite()) {
            throw new ReadOnlyMemberException(id, role, "change its data");
        }
        return household;
    }

    /** The household if the user may manage its members. */
    public Household requireOwner(UserId user, HouseholdId id) {
        Household household = requireReader(user, id);
        MemberRole role = household.roleOf(user).orElseThrow();
        if (!role.canManageMembers()) {
            throw new ReadOnlyMemberException(id, role, "manage its members");
        }
        return household;
    }
}
