package org.myknees.domain.household;

import java.time.Instant;
import org.myknees.domain.DomainEvent;

/** The events of the household aggregate. */
public final class HouseholdEvents {

    private HouseholdEvents() {
    }

    public record HouseholdCreated(HouseholdId householdId, String name, UserId owner, Instant occurredAt)
            implements DomainEvent {
    }

    public record HouseholdRenamed(HouseholdId householdId, String name, Instant occurredAt) implements DomainEvent {
    }

    public record MemberAdded(HouseholdId householdId, UserId member, MemberRole role, Instant occurredAt)
            implements DomainEvent {
    }

    public record MemberRoleChanged(HouseholdId householdId, UserId member, MemberRole from, MemberRole to,
                                    Instant occurredAt) implements DomainEvent {
    }

    public record MemberRemoved(HouseholdId householdId, UserId member, Instant occurredAt) implements DomainEvent {
    }
}
