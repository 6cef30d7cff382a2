package org.myknees.domain;

import java.time.Instant;
import org.myknees.domain.household.HouseholdId;

/**
 * Something that happened to the household's data, named in the past tense. Every state change of an
 * aggregate produces one; the time comes from the caller's clock, never from the event itself.
 */
public interface DomainEvent {

    /** The household whose data changed; events never cross households. */
    HouseholdId householdId();

    /** When the change happened, as read from the injected clock. */
    Instant occurredAt();
}
