package org.myknees.application.household.port.in;

import java.util.Objects;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/** The commands of the household use cases; each validates itself on construction. */
public final class HouseholdCommands {

    private HouseholdCommands() {
    }

    public record CreateHouseholdCommand(UserId actor, String name) {
        public CreateHouseholdCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
        }
    }

    public record AddMemberCommand(UserId actor, HouseholdId household, UserId member, MemberRole role) {
        public AddMemberCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
        }
    }

    public record ChangeMemberRoleCommand(UserId actor, HouseholdId household, UserId member, MemberRole role) {
        public ChangeMemberRoleCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
        }
    }

    public record RemoveMemberCommand(UserId actor, HouseholdId household, UserId member) {
        public RemoveMemberCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(member, "member");
        }
    }
}
