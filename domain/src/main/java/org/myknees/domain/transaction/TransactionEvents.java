package org.myknees.domain.transaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** The events of the transaction aggregate. */
public final class TransactionEvents {

    private TransactionEvents() {
    }

    public record TransactionRecorded(HouseholdId householdId, TransactionId transactionId, AccountId accountId,
                                      LocalDate bookingDate, Money amount, String rawDescriptor, Instant occurredAt)
            implements DomainEvent {
    }

    public record TransactionAnnotated(HouseholdId householdId, TransactionId transactionId, String notes,
                                       Set<String> tags, Instant occurredAt) implements DomainEvent {
    }

    public record TransactionCategorized(HouseholdId householdId, TransactionId transactionId,
                                         CategoryAssignment assignment, Instant occurredAt) implements DomainEvent {
    }

    public record MerchantNamed(HouseholdId householdId, TransactionId transactionId, String merchant,
                                Instant occurredAt) implements DomainEvent {
    }

    public record TransactionSplit(HouseholdId householdId, TransactionId transactionId, int lines,
                                   Instant occurredAt) implements DomainEvent {
    }

    public record TransferLinked(HouseholdId householdId, TransactionId transactionId, TransactionId counterpart,
                                 Instant occurredAt) implements DomainEvent {
    }

    public record TransferUnlinked(HouseholdId householdId, TransactionId transactionId, TransactionId counterpart,
                                   Instant occurredAt) implements DomainEvent {
    }

    public record TransactionAssignedToEvent(HouseholdId householdId, TransactionId transactionId,
                                             Optional<OneTimeEventId> event, Instant occurredAt) implements DomainEvent {
    }

    public record TransactionRemoved(HouseholdId householdId, TransactionId transactionId, Instant occurredAt)
            implements DomainEvent {
    }
}
