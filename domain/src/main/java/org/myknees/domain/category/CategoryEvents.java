package org.myknees.domain.category;

import java.time.Instant;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.household.HouseholdId;

/** The events of household categories. */
public final class CategoryEvents {

    private CategoryEvents() {
    }

    public record CategoryCreated(HouseholdId householdId, CategoryId categoryId, String name, String mappedTo,
                                  Instant occurredAt) implements DomainEvent {
    }

    public record CategoryRenamed(HouseholdId householdId, CategoryId categoryId, String name, Instant occurredAt)
            implements DomainEvent {
    }

    /** Every use of {@code merged} now points at {@code into}, and {@code merged} is gone. */
    public record CategoriesMerged(HouseholdId householdId, CategoryId merged, CategoryId into, long transactionsMoved,
                                   Instant occurredAt) implements DomainEvent {
    }
}
